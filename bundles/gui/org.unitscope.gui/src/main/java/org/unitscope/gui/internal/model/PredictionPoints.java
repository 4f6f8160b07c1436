package org.unitscope.gui.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicted against measured preferences of one layer from {@code prediction.csv}, per estimator: every unit of the
 * layer (NaN where a side is untuned or multi-peaked), and the selected unit's own row. Empty when the run made no
 * prediction or the layer is not in it.
 */
public record PredictionPoints(Map<String, Series> byEstimator) {

    /** The units of one estimator: measured and predicted orientation (degrees) and SF (cycles/pixel). */
    public record Series(int[] units, double[] measuredOrientation, double[] predictedOrientation, double[] measuredSf,
            double[] predictedSf) {
        /** The position of unit {@code unit} in the series, or -1. */
        public int indexOf(int unit) {
            for (int i = 0; i < units.length; i++) {
                if (units[i] == unit) {
                    return i;
                }
            }
            return -1;
        }
    }

    public static PredictionPoints of(RunResults run, String layer) {
        Map<String, Series> out = new LinkedHashMap<>();
        if (run.prediction().isEmpty()) {
            return new PredictionPoints(out);
        }
        UnitsTable t = run.prediction().get();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            if (t.cell(r, "layer").equals(layer)) {
                rows.computeIfAbsent(t.cell(r, "estimator"), k -> new ArrayList<>()).add(r);
            }
        }
        rows.forEach((estimator, list) -> out.put(estimator, series(t, list)));
        return new PredictionPoints(out);
    }

    private static Series series(UnitsTable t, List<Integer> rows) {
        int n = rows.size();
        int[] units = new int[n];
        double[][] v = new double[4][n];
        String[] columns = {"measured_orientation", "predicted_orientation", "measured_sf", "predicted_sf"};
        for (int i = 0; i < n; i++) {
            units[i] = (int) number(t.cell(rows.get(i), "unit"));
            for (int c = 0; c < 4; c++) {
                v[c][i] = number(t.cell(rows.get(i), columns[c]));
            }
        }
        return new Series(units, v[0], v[1], v[2], v[3]);
    }

    private static double number(String cell) {
        Double d = Numbers.parse(cell);
        return d == null ? Double.NaN : d;
    }
}
