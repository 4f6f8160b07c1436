package org.unitscope.gui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One layer of a run for its summary plots, straight from {@code units.csv}: the preferred orientations, circular
 * variances and preferred SFs the file holds (an empty cell, e.g. an untuned unit's orientation, is left out), and the
 * fractions of selective units, each with the rule that counts a unit (thresholds from the manifest where it has them).
 * A fraction whose column the run lacks is not listed.
 */
public record LayerSummary(String layer, int units, double[] preferredOrientation, double[] circularVariance,
        double[] preferredSf, List<Fraction> fractions) {

    /** {@code count} of {@code units} units pass {@code rule}. */
    public record Fraction(String label, String rule, int count, int units) {
        public double value() {
            return units == 0 ? Double.NaN : (double) count / units;
        }
    }

    public static LayerSummary of(UnitsTable table, String layer, RunInfo info) {
        List<Integer> rows = table.layers().getOrDefault(layer, List.of());
        return new LayerSummary(layer, rows.size(), values(table, rows, "pref_ori_deg"), values(table, rows, "circ_var"),
                values(table, rows, "pref_sf_cpp"), fractions(table, rows, info, layer));
    }

    /** The numbers of a column over the rows (empty and non-numeric cells left out). */
    static double[] values(UnitsTable t, List<Integer> rows, String column) {
        if (t.column(column) < 0) {
            return new double[0];
        }
        return rows.stream().map(r -> Numbers.parse(t.cell(r, column))).filter(v -> v != null && !v.isNaN())
                .mapToDouble(Double::doubleValue).toArray();
    }

    private static List<Fraction> fractions(UnitsTable t, List<Integer> rows, RunInfo info, String layer) {
        List<Fraction> out = new ArrayList<>();
        String cv = info.metricParameter("orientation", "untunedCv");
        add(out, t, rows, "ori_status", "orientation-tuned", "ori_status = tuned (CV < " + (cv.isEmpty() ? "untunedCv" : cv)
                + ", one peak)", "tuned"::equals);
        add(out, t, rows, "sf_class", "SF band-pass", "sf_class = band-pass (both ends below half the peak)", "band-pass"::equals);
        add(out, t, rows, "phase_class", "simple-like", "phase_class = simple (F1/F0 > 1)", "simple"::equals);
        String alpha = info.figure(layer, "category", "alpha");
        String correction = info.figure(layer, "category", "correction");
        add(out, t, rows, "cat_selective", "category-selective", "cat_selective = 1 (ANOVA p < " + (alpha.isEmpty() ? "alpha" : alpha)
                + (correction.isEmpty() ? "" : ", " + correction) + ")", v -> Numbers.parse(v) != null && Numbers.parse(v) == 1);
        return out;
    }

    private static void add(List<Fraction> out, UnitsTable t, List<Integer> rows, String column, String label, String rule,
            Predicate<String> counts) {
        if (t.column(column) >= 0) {
            int n = (int) rows.stream().filter(r -> counts.test(t.cell(r, column))).count();
            out.add(new Fraction(label, rule, n, rows.size()));
        }
    }
}
