package org.unitscope.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.resource.Resource;
import org.unitscope.api.UnitscopeException;

class IndexReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsEveryResourceAndResolvesContentUrlsAgainstTheIndex() {
        List<Resource> resources = IndexReader.read(Fixture.index());
        assertThat(resources).extracting(r -> ResourceIdentity.of(r).toString()).containsExactly("app.plugin 1.0.0",
                "lib.math 1.0.0", "lib.math 1.2.0", "app.simple 1.0.0", "app.simple 2.0.0", "app.lonely 1.0.0",
                "app.broken 1.0.0", "lib.needy 1.0.0");
        assertThat(ResourceContent.of(resources.get(1)).url())
                .isEqualTo(Fixture.folder().resolve("jars/lib.math-1.0.0.jar").toUri());
        assertThat(ResourceContent.of(resources.get(1)).size()).isEqualTo(1);
    }

    @Test
    void aGzippedIndexReadsLikeThePlainOne() {
        List<Resource> plain = IndexReader.read(Fixture.index());
        List<Resource> gz = IndexReader.read(Fixture.folder().resolve("index.xml.gz").toUri());
        assertThat(gz).extracting(r -> ResourceIdentity.of(r).toString())
                .isEqualTo(plain.stream().map(r -> ResourceIdentity.of(r).toString()).toList());
        assertThat(gz.get(0).getRequirements(null)).hasSameSizeAs(plain.get(0).getRequirements(null));
    }

    @Test
    void aFileThatIsNotAnIndexIsAClearError() throws Exception {
        Path notIndex = Files.writeString(tmp.resolve("index.xml"), "<html><body>not found</body></html>");
        assertThatThrownBy(() -> IndexReader.read(notIndex.toUri())).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("not an OSGi repository index (R5 index.xml): " + notIndex.toUri());
    }

    @Test
    void anUnreadableIndexIsNamed() {
        Path missing = tmp.resolve("gone.xml");
        assertThatThrownBy(() -> IndexReader.read(missing.toUri())).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("cannot read repository index " + missing.toUri());
    }
}
