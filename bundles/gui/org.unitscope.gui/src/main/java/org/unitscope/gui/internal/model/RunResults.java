package org.unitscope.gui.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.unitscope.math.io.NpzReader;

/**
 * A finished run's results as the browser shows them: its units table, its tuning curves, its receptive fields
 * ({@code rf.npz}), its responses ({@code responses.npz}: per-phase and per-image responses for F1/F0 and the
 * category error bars), its prediction table and what its manifest and summary say. Each map is empty, and the
 * prediction absent, when the run has no such file.
 */
public record RunResults(String name, Path folder, UnitsTable units, Map<String, NpzReader.Array> curves,
        Map<String, NpzReader.Array> rf, Map<String, NpzReader.Array> responses, Optional<UnitsTable> prediction, RunInfo info) {

    /** Responses beyond this size (float32; twice that in memory as doubles) are not read: the charts that need them say so. */
    static final long MAX_RESPONSES_BYTES = 64L << 20;

    public RunResults(String name, Path folder, UnitsTable units, Map<String, NpzReader.Array> curves, Map<String, NpzReader.Array> rf) {
        this(name, folder, units, curves, rf, Map.of(), Optional.empty(), RunInfo.empty());
    }

    public static RunResults load(String name, Path folder) throws IOException {
        Path prediction = folder.resolve("prediction.csv");
        return new RunResults(name, folder, UnitsTable.read(folder.resolve("units.csv")), arrays(folder, "curves.npz"),
                arrays(folder, "rf.npz"), responses(folder),
                Files.isRegularFile(prediction) ? Optional.of(UnitsTable.read(prediction)) : Optional.empty(), RunInfo.read(folder));
    }

    private static Map<String, NpzReader.Array> responses(Path folder) throws IOException {
        Path path = folder.resolve("responses.npz");
        return Files.isRegularFile(path) && Files.size(path) <= MAX_RESPONSES_BYTES ? NpzReader.read(path) : Map.of();
    }

    private static Map<String, NpzReader.Array> arrays(Path folder, String file) throws IOException {
        Path path = folder.resolve(file);
        return Files.isRegularFile(path) ? NpzReader.read(path) : Map.of();
    }
}
