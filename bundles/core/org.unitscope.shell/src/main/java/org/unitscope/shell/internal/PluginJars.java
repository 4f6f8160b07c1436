package org.unitscope.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds a plugin jar in the plugins folder by file name or by Bundle-SymbolicName. */
final class PluginJars {
    private PluginJars() {
    }

    static Optional<Path> find(Path folder, String id) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> p.getFileName().toString().equals(id) || id.equals(symbolicName(p)))
                    .findFirst();
        }
    }

    static String symbolicName(Path jar) {
        try (JarFile f = new JarFile(jar.toFile())) {
            String bsn = f.getManifest() == null ? null : f.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return bsn == null ? null : bsn.split(";")[0].trim();
        } catch (IOException e) {
            return null;
        }
    }
}
