package org.unitscope.gui.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.unitscope.math.io.NpzReader;

/** A finished run's results as the browser shows them: its units table and its tuning curves (empty when absent). */
public record RunResults(String name, Path folder, UnitsTable units, Map<String, NpzReader.Array> curves) {

    public static RunResults load(String name, Path folder) throws IOException {
        Path curves = folder.resolve("curves.npz");
        return new RunResults(name, folder, UnitsTable.read(folder.resolve("units.csv")),
                Files.isRegularFile(curves) ? NpzReader.read(curves) : Map.of());
    }
}
