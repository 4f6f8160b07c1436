package org.unitscope.gui.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two runs side by side, layer by layer, on one numeric column of their units tables: per layer the number of units,
 * how many have a value, the median, and the fraction of orientation-tuned units ({@code ori_status = tuned}) of each.
 */
public final class LayerComparison {

    /** One layer of one run: units, values present, median (NaN when none), fraction tuned (NaN without ori_status). */
    public record Side(int units, int values, double median, double tunedFraction) {
    }

    /** One layer of the comparison; a side is null when that run lacks the layer. */
    public record Row(String layer, Side a, Side b) {
    }

    private LayerComparison() {
    }

    public static List<Row> compare(UnitsTable a, UnitsTable b, String column) {
        Set<String> layers = new LinkedHashSet<>(a.layers().keySet());
        layers.addAll(b.layers().keySet());
        List<Row> out = new ArrayList<>();
        for (String layer : layers) {
            out.add(new Row(layer, side(a, layer, column), side(b, layer, column)));
        }
        return out;
    }

    /** The numeric columns both tables have, in the first table's order. */
    public static List<String> commonNumericColumns(UnitsTable a, UnitsTable b) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < a.columns().size(); c++) {
            String name = a.columns().get(c);
            int other = b.column(name);
            if (!name.equals("channel") && a.numeric(c) && other >= 0 && b.numeric(other)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The numbers of a column in one layer (empty cells left out; none when the run lacks the layer). */
    public static double[] values(UnitsTable t, String layer, String column) {
        return LayerSummary.values(t, t.layers().getOrDefault(layer, List.of()), column);
    }

    private static Side side(UnitsTable t, String layer, String column) {
        List<Integer> rows = t.layers().get(layer);
        if (rows == null) {
            return null;
        }
        double[] values = rows.stream().map(r -> Numbers.parse(t.cell(r, column)))
                .filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue).sorted().toArray();
        boolean hasStatus = t.column("ori_status") >= 0;
        long tuned = rows.stream().filter(r -> t.cell(r, "ori_status").equals("tuned")).count();
        return new Side(rows.size(), values.length, median(values), hasStatus ? (double) tuned / rows.size() : Double.NaN);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
