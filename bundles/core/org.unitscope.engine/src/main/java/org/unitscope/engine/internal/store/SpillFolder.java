package org.unitscope.engine.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files of spilled responses in a results folder: one per layer, named by position and layer. */
public final class SpillFolder {
    private SpillFolder() {
    }

    /** e.g. {@code 00-block1_conv1.f32}: the position keeps names unique, the layer name makes the file readable. */
    public static String fileName(int layer, String name) {
        return String.format(Locale.ROOT, "%02d-%s.f32", layer, name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** Removes the folder and what is in it: the files of a run that was killed (only the folder's owner calls this). */
    public static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
