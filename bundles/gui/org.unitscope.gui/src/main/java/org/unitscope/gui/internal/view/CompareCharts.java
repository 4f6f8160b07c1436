package org.unitscope.gui.internal.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.unitscope.gui.internal.model.LayerComparison;
import org.unitscope.gui.internal.model.UnitsTable;
import org.unitscope.plot.BarCharts;
import org.unitscope.plot.Histogram;

/**
 * The charts of the comparison of two runs, from the same {@link LayerComparison} rows as its table: per layer the
 * fraction of orientation-tuned units and the median of the chosen column, A beside B; and the distribution of the
 * column in one layer, A over B (circular variance on 0-1 in 0.05 bins, other columns over their range in 20 bins).
 */
final class CompareCharts {
    private CompareCharts() {
    }

    static JFreeChart tunedFractions(List<LayerComparison.Row> rows, String a, String b) {
        double[][] v = {rows.stream().mapToDouble(r -> r.a() == null ? Double.NaN : r.a().tunedFraction()).toArray(),
            rows.stream().mapToDouble(r -> r.b() == null ? Double.NaN : r.b().tunedFraction()).toArray()};
        JFreeChart c = BarCharts.grouped("orientation-tuned fraction per layer (ori_status = tuned)", "fraction of units",
                List.of("A: " + a, "B: " + b), layers(rows), v);
        c.getCategoryPlot().getRangeAxis().setRange(0, 1);
        return c;
    }

    static JFreeChart medians(List<LayerComparison.Row> rows, String column, String a, String b) {
        double[][] v = {rows.stream().mapToDouble(r -> r.a() == null ? Double.NaN : r.a().median()).toArray(),
            rows.stream().mapToDouble(r -> r.b() == null ? Double.NaN : r.b().median()).toArray()};
        return BarCharts.grouped("median " + column + " per layer", "median " + column, List.of("A: " + a, "B: " + b), layers(rows), v);
    }

    static JFreeChart distribution(UnitsTable ta, UnitsTable tb, String layer, String column, String a, String b) {
        Map<String, double[]> samples = new LinkedHashMap<>();
        samples.put("A: " + a, LayerComparison.values(ta, layer, column));
        samples.put("B: " + b, LayerComparison.values(tb, layer, column));
        return Histogram.chart(layer + ": distribution of " + column + " (" + samples.get("A: " + a).length + " vs "
                + samples.get("B: " + b).length + " units)", column, edges(column, samples), samples, false);
    }

    static double[] edges(String column, Map<String, double[]> samples) {
        if (column.equals("circ_var")) {
            return LayerCharts.CV_EDGES;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] v : samples.values()) {
            for (double x : v) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (!(hi > lo)) {
            return Double.isFinite(lo) ? Histogram.linearEdges(lo - 0.5, lo + 0.5, 1) : Histogram.linearEdges(0, 1, 20);
        }
        return Histogram.linearEdges(lo, hi, 20);
    }

    private static List<String> layers(List<LayerComparison.Row> rows) {
        return rows.stream().map(LayerComparison.Row::layer).toList();
    }
}
