package org.unitscope.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;

/** Plugin jars copied in as they are and removed by file or bundle name, with messages a user can act on. */
class PluginFilesTest {
    @TempDir
    Path tmp;

    private Path bundle(String file, String symbolicName) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            m.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        }
        Path jar = tmp.resolve("source").resolve(file);
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return jar;
    }

    @Test
    void aBundleIsCopiedInWithoutATemporaryFileLeftAndRemovedByItsSymbolicName() throws Exception {
        PluginFiles folder = new PluginFiles(new PluginFolder(tmp.resolve("plugins")));
        Path jar = bundle("bars.jar", "unitscope-example-bars");
        Path installed = folder.install(jar);
        assertThat(installed).isEqualTo(tmp.resolve("plugins/bars.jar")).hasSameBinaryContentAs(jar);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no staging folder left").containsExactlyInAnyOrder("plugins", "source");
        }
        try (var files = Files.list(tmp.resolve("plugins"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bars.jar");
        }
        assertThat(folder.find("bars.jar")).contains(installed);
        assertThat(folder.remove("unitscope-example-bars")).isEqualTo(installed);
        assertThat(installed).doesNotExist();
    }

    @Test
    void whatCannotBeDoneIsSaidPlainly() throws Exception {
        PluginFiles folder = new PluginFiles(new PluginFolder(tmp.resolve("plugins")));
        Path notABundle = bundle("plain.jar", null);
        assertThatThrownBy(() -> folder.install(notABundle)).isInstanceOf(UnitscopeException.class)
                .hasMessage("cannot install plain.jar: not an OSGi bundle (a jar with a Bundle-SymbolicName in its manifest)");
        Path text = Files.writeString(tmp.resolve("x.jar"), "not a jar");
        assertThatThrownBy(() -> folder.install(text)).hasMessageContaining("not an OSGi bundle");
        assertThatThrownBy(() -> folder.install(tmp.resolve("missing.jar"))).hasMessageContaining("no such file");
        assertThat(tmp.resolve("plugins")).doesNotExist();
        assertThatThrownBy(() -> folder.remove("org.unitscope.engine")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("'org.unitscope.engine' is not a plugin").hasMessageContaining("cannot be removed");
    }
}
