package org.unitscope.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;

class IndexLocationTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderMeansItsIndexXmlAndAFolderWithOnlyAGzippedOneMeansThat() throws Exception {
        Files.writeString(tmp.resolve("index.xml.gz"), "x");
        assertThat(IndexLocation.of(tmp.toString(), Path.of("/"))).isEqualTo(tmp.resolve("index.xml.gz").toUri());
        Files.writeString(tmp.resolve("index.xml"), "x");
        assertThat(IndexLocation.of(tmp.toString(), Path.of("/"))).isEqualTo(tmp.resolve("index.xml").toUri());
        assertThat(IndexLocation.of(tmp.toUri().toString(), Path.of("/"))).isEqualTo(tmp.resolve("index.xml").toUri());
    }

    @Test
    void aRelativePathIsTakenFromTheBaseAndAFileIsTakenAsIs() throws Exception {
        Files.createDirectories(tmp.resolve("repo"));
        Path index = Files.writeString(tmp.resolve("repo/other-index.xml"), "x");
        assertThat(IndexLocation.of("repo/other-index.xml", tmp)).isEqualTo(index.toUri());
    }

    @Test
    void webAddressesAreKeptAsGiven() {
        assertThat(IndexLocation.of("https://example.org/repo/index.xml.gz", tmp))
                .isEqualTo(URI.create("https://example.org/repo/index.xml.gz"));
    }

    @Test
    void aMissingFolderAFolderWithoutIndexAndAnUnknownSchemeAreRefusedByName() {
        assertThatThrownBy(() -> IndexLocation.of("nowhere", tmp)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("repository 'nowhere' not found: " + tmp.resolve("nowhere"));
        assertThatThrownBy(() -> IndexLocation.of(tmp.toString(), tmp)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("no index.xml or index.xml.gz in " + tmp);
        assertThatThrownBy(() -> IndexLocation.of("ftp://example.org/index.xml", tmp)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("only folders, files and file:, http:, https: URLs are read");
    }
}
