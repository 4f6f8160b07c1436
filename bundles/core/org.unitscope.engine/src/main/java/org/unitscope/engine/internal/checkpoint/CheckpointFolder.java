package org.unitscope.engine.internal.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hidden folder of a results folder where a run keeps its checkpoints ({@value #NAME}): the probe's chunks under
 * {@code probe/}, stages' files under {@code stages/}, and {@code identity.json}. Removed when the run completes.
 */
public final class CheckpointFolder {
    public static final String NAME = ".checkpoint";

    private final Path dir;

    public CheckpointFolder(Path resultsFolder) {
        this.dir = resultsFolder.resolve(NAME);
    }

    public Path dir() {
        return dir;
    }

    Path probe() {
        return dir.resolve("probe");
    }

    Path stages() {
        return dir.resolve("stages");
    }

    Path identity() {
        return dir.resolve("identity.json");
    }

    /** Deletes the folder and everything in it (a fresh run, or a completed one). */
    public void clear() throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        try {
            all.forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The temporary files of writes a kill interrupted: never complete, so never read. */
    void removeTempFiles() throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> tmp;
        try (Stream<Path> s = Files.walk(dir)) {
            tmp = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
        for (Path p : tmp) {
            Files.deleteIfExists(p);
        }
    }
}
