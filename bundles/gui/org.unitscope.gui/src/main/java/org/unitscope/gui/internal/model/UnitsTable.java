package org.unitscope.gui.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's {@code units.csv}: the header and one row of texts per unit, in file order (layer by layer, channel order,
 * which is also the row order of the layer's curves in {@code curves.npz}).
 */
public record UnitsTable(List<String> columns, List<List<String>> rows) {

    public UnitsTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " cells, the header " + columns.size() + ": " + r);
            }
        }
    }

    public static UnitsTable read(Path csv) throws IOException {
        return parse(Files.readString(csv));
    }

    /** CSV as the engine writes it: comma-separated, cells with commas or quotes in double quotes. */
    public static UnitsTable parse(String text) {
        List<List<String>> lines = CsvLines.parse(text);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("empty units table");
        }
        return new UnitsTable(lines.get(0), lines.subList(1, lines.size()));
    }

    public int column(String name) {
        return columns.indexOf(name);
    }

    public String cell(int row, String column) {
        int c = column(column);
        return c < 0 ? "" : rows.get(row).get(c);
    }

    /** Whether every non-empty cell of the column is a number (such columns sort and compare numerically). */
    public boolean numeric(int column) {
        boolean any = false;
        for (List<String> r : rows) {
            String v = r.get(column);
            if (!v.isEmpty()) {
                if (Numbers.parse(v) == null) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The layers in file order, each with the indices of its rows. */
    public Map<String, List<Integer>> layers() {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        int c = column("layer");
        for (int i = 0; i < rows.size(); i++) {
            out.computeIfAbsent(c < 0 ? "" : rows.get(i).get(c), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** The row's position within its layer: its row in the layer's curves. */
    public int indexInLayer(int row) {
        String layer = cell(row, "layer");
        return layers().get(layer).indexOf(row);
    }

    /** A row as column name -> text. */
    public Map<String, String> row(int row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            out.put(columns.get(c), rows.get(row).get(c));
        }
        return out;
    }
}
