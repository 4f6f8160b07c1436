package org.unitscope.repository.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.unitscope.api.UnitscopeException;

/**
 * The folder FileInstall watches. Bundles are first copied into a staging folder beside it (same file system) and
 * checked; only then moved in, each by an atomic rename, in the order given (dependencies first, so the watcher never
 * sees the plugin without what it needs). If a move fails, the ones already moved are taken out again.
 */
final class PluginFolder {
    private final Path folder;

    PluginFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    /** Stages {@code items} with {@code fetch} (into a temporary folder it is given), then moves them all in. */
    <T> List<Path> install(List<T> items, BiFunction<T, Path, Path> fetch) {
        Path staging = createStaging();
        try {
            List<Path> staged = new ArrayList<>();
            for (T item : items) {
                staged.add(fetch.apply(item, staging));
            }
            return moveIn(staged);
        } finally {
            deleteTree(staging);
        }
    }

    private List<Path> moveIn(List<Path> staged) {
        List<Path> moved = new ArrayList<>();
        try {
            for (Path p : staged) {
                Path target = folder.resolve(p.getFileName().toString());
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                moved.add(target);
            }
            return moved;
        } catch (IOException e) {
            moved.forEach(PluginFolder::deleteQuietly);
            throw new UnitscopeException("cannot write into the plugins folder " + folder + ": " + e + "; nothing was installed", e);
        }
    }

    private Path createStaging() {
        try {
            Files.createDirectories(folder);
            Path parent = folder.toAbsolutePath().getParent();
            return Files.createTempDirectory(parent == null ? folder : parent, ".unitscope-install-");
        } catch (IOException e) {
            throw new UnitscopeException("cannot prepare the plugins folder " + folder + ": " + e, e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: the caller reports the failure that led here
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(PluginFolder::deleteQuietly);
        } catch (IOException e) {
            // a temporary folder left behind; harmless
        }
    }
}
