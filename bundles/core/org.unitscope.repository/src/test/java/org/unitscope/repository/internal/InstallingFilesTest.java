package org.unitscope.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.utils.resource.CapabilityImpl;
import org.apache.felix.utils.resource.ResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;
import org.osgi.resource.Resource;
import org.unitscope.api.UnitscopeException;

/** Fetching bundles checked against their index entry, and moving them into the plugins folder all or nothing. */
class InstallingFilesTest {
    @TempDir
    Path tmp;

    private Resource resource(String name, Path content, String sha256) throws Exception {
        ResourceImpl r = new ResourceImpl(name, "osgi.bundle", new Version(1, 2, 3));
        r.addCapability(new CapabilityImpl(r, "osgi.content", Map.of(), new HashMap<>(Map.of("osgi.content", sha256,
                "url", content.toUri().toString(), "size", Files.size(content)))));
        return r;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aBundleIsCopiedUnderItsIdentityWhenItsHashMatchesTheIndex() throws Exception {
        byte[] bytes = "a jar".getBytes();
        Path source = Files.write(tmp.resolve("source.jar"), bytes);
        Path staging = Files.createDirectories(tmp.resolve("staging"));
        Path copy = BundleDownload.fetch(resource("lib.x", source, sha256(bytes)), staging);
        assertThat(copy).isEqualTo(staging.resolve("lib.x-1.2.3.jar")).hasBinaryContent(bytes);
    }

    @Test
    void aBundleWhoseHashDiffersFromTheIndexIsRefused() throws Exception {
        Path source = Files.writeString(tmp.resolve("source.jar"), "changed since indexed");
        Path staging = Files.createDirectories(tmp.resolve("staging"));
        assertThatThrownBy(() -> BundleDownload.fetch(resource("lib.x", source, "ab".repeat(32)), staging))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("lib.x 1.2.3 at " + source.toUri())
                .hasMessageContaining("the index says " + "ab".repeat(32));
    }

    @Test
    void filesMoveInOnlyWhenAllAreStagedAndInTheOrderGiven() throws Exception {
        Path plugins = tmp.resolve("dist/plugins");
        PluginFolder folder = new PluginFolder(plugins);
        assertThatThrownBy(() -> folder.install(List.of("a", "b"), (name, staging) -> {
            if (name.equals("b")) {
                throw new UnitscopeException("b is unreadable");
            }
            return write(staging.resolve(name + ".jar"));
        })).hasMessage("b is unreadable");
        assertThat(plugins).isEmptyDirectory();
        try (Stream<Path> s = Files.list(tmp.resolve("dist"))) {
            assertThat(s).containsExactly(plugins); // the staging folder is gone
        }

        List<Path> moved = folder.install(List.of("lib", "plugin"), (name, staging) -> write(staging.resolve(name + ".jar")));
        assertThat(moved).containsExactly(plugins.resolve("lib.jar"), plugins.resolve("plugin.jar"));
        assertThat(plugins.resolve("plugin.jar")).hasContent("plugin.jar");
    }

    private static Path write(Path p) {
        try {
            return Files.writeString(p, p.getFileName().toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
