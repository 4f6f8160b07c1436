package org.unitscope.repository.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.unitscope.api.UnitscopeException;

/**
 * Plugin jars installed as they are and removed, by file name or bundle symbolic name: the part of the plugins folder
 * that needs no repository. A jar is staged and renamed in like a resolved installation ({@link PluginFolder}).
 */
final class PluginFiles {
    private final PluginFolder folder;

    PluginFiles(PluginFolder folder) {
        this.folder = folder;
    }

    Path install(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new UnitscopeException("cannot install " + jar + ": no such file");
        }
        if (symbolicName(jar) == null) {
            throw new UnitscopeException("cannot install " + jar.getFileName() + ": not an OSGi bundle (a jar with a "
                    + "Bundle-SymbolicName in its manifest)");
        }
        List<Path> moved = folder.install(List.of(jar), (source, staging) -> copy(source, staging.resolve(source.getFileName())));
        return moved.get(0);
    }

    Path remove(String id) {
        Path jar = find(id).orElseThrow(() -> new UnitscopeException("'" + id + "' is not a plugin: no jar of that name or bundle in "
                + folder.path() + " (bundles of the workbench itself cannot be removed)"));
        try {
            Files.delete(jar);
        } catch (IOException e) {
            throw new UnitscopeException("cannot delete " + jar + ": " + e.getMessage(), e);
        }
        return jar;
    }

    Optional<Path> find(String id) {
        if (!Files.isDirectory(folder.path())) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder.path())) {
            return files.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> p.getFileName().toString().equals(id) || id.equals(symbolicName(p))).findFirst();
        } catch (IOException e) {
            throw new UnitscopeException("cannot read the plugins folder " + folder.path() + ": " + e.getMessage(), e);
        }
    }

    private static Path copy(Path source, Path target) {
        try {
            return Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UnitscopeException("cannot copy " + source.getFileName() + ": " + e.getMessage() + "; nothing was installed", e);
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
