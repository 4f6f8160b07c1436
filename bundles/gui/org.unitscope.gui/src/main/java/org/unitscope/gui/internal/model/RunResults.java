package org.unitscope.gui.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.unitscope.math.io.NpzReader;

/**
 * A finished run's results as the browser shows them: its units table, its tuning curves and its receptive fields
 * ({@code rf.npz}; each map empty when the run has no such file).
 */
public record RunResults(String name, Path folder, UnitsTable units, Map<String, NpzReader.Array> curves,
        Map<String, NpzReader.Array> rf) {

    public static RunResults load(String name, Path folder) throws IOException {
        return new RunResults(name, folder, UnitsTable.read(folder.resolve("units.csv")), arrays(folder, "curves.npz"),
                arrays(folder, "rf.npz"));
    }

    private static Map<String, NpzReader.Array> arrays(Path folder, String file) throws IOException {
        Path path = folder.resolve(file);
        return Files.isRegularFile(path) ? NpzReader.read(path) : Map.of();
    }
}
