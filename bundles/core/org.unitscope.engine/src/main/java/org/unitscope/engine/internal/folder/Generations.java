package org.unitscope.engine.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A replacing run writes into the generation {@value #NEXT} inside the results folder; when it completes, its files
 * are swapped in by renames that a crash can interrupt at any point and the next owner finishes ({@link #recover}):
 * <ol>
 * <li>{@value #NEXT} is renamed {@value #READY}: from here the new generation wins;</li>
 * <li>the old run's entries move into {@value #OLD_PARTIAL}, renamed {@value #OLD} when all are there;</li>
 * <li>the entries of {@value #READY} move up into the folder;</li>
 * <li>{@value #READY} and {@value #OLD} are deleted.</li>
 * </ol>
 * Renames inside one folder are atomic, so at rest the folder holds one generation's files, never a mixture.
 */
final class Generations {
    static final String NEXT = ".next";
    static final String READY = ".ready";
    static final String OLD = ".old";
    static final String OLD_PARTIAL = ".old-partial";
    /** Never moved: the lock and the generations themselves. */
    private static final Set<String> FIXED = Set.of(ResultsFolderLock.FILE, NEXT, READY, OLD, OLD_PARTIAL);

    private Generations() {
    }

    /** Makes the completed generation in {@value #NEXT} the folder's content. */
    static void swapIn(Path dir) throws IOException {
        Files.move(dir.resolve(NEXT), dir.resolve(READY), StandardCopyOption.ATOMIC_MOVE);
        recover(dir);
    }

    /** Finishes a swap that a crash interrupted, or removes what a finished one left. Idempotent; call under the lock. */
    static void recover(Path dir) throws IOException {
        Path ready = dir.resolve(READY);
        Path old = dir.resolve(OLD);
        if (Files.isDirectory(ready)) {
            if (!Files.isDirectory(old)) {
                Path partial = dir.resolve(OLD_PARTIAL);
                Files.createDirectories(partial);
                moveEntries(dir, partial);
                Files.move(partial, old, StandardCopyOption.ATOMIC_MOVE);
            }
            moveEntries(ready, dir);
            deleteTree(ready);
        }
        deleteTree(old);
        deleteTree(dir.resolve(OLD_PARTIAL));
    }

    /** Removes a generation that will not be swapped in (a replacing run that failed, or one superseded). */
    static void discardNext(Path dir) throws IOException {
        deleteTree(dir.resolve(NEXT));
    }

    private static void moveEntries(Path from, Path to) throws IOException {
        for (Path p : entries(from)) {
            String name = p.getFileName().toString();
            if (!FIXED.contains(name)) {
                Files.move(p, to.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
