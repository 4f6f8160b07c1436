package org.unitscope.stage.rf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.stage.ResultSink;
import org.unitscope.plot.FilterMontage;
import org.unitscope.plot.PreferenceScatter;
import org.unitscope.plot.SpectrumChart;

/**
 * PNG figures (JFreeChart) under {@code rf/}: per layer and estimator a montage of every unit's RF images (a '*' marks
 * a significant RF) and, where the estimator gives a spectrum, the eigenvalues of the first units with their null
 * interval; with a prediction, predicted vs measured preferred orientation per estimator.
 */
final class RfPlots {
    static final String FOLDER = "rf";
    private static final int SPECTRUM_UNITS = 8;

    private RfPlots() {
    }

    static void writeReceptiveFields(ResultSink sink, Map<String, List<LayerRf>> rfs) throws IOException {
        for (List<LayerRf> list : rfs.values()) {
            for (LayerRf r : list) {
                if (!r.panels.isEmpty()) {
                    png(sink, r.layer + "." + r.estimator + ".png", o -> montage(r).writePng(o));
                }
                if (r.arrays.containsKey("eigenvalues") || r.arrays.containsKey("eigenvalues_highest")) {
                    png(sink, r.layer + "." + r.estimator + ".spectrum.png", o -> spectrum(r).writePng(o));
                }
            }
        }
    }

    /** Per estimator, predicted vs measured preferred orientation with one series per layer. */
    static void writePrediction(ResultSink sink, TuningPrediction.Result prediction) throws IOException {
        Map<String, PreferenceScatter> scatters = new LinkedHashMap<>();
        Map<String, List<TuningPrediction.UnitRow>> byKey = new LinkedHashMap<>();
        for (TuningPrediction.UnitRow row : prediction.units()) {
            byKey.computeIfAbsent(row.estimator() + "\u0000" + row.layer(), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<TuningPrediction.UnitRow>> e : byKey.entrySet()) {
            String[] key = e.getKey().split("\u0000");
            PreferenceScatter s = scatters.computeIfAbsent(key[0], k -> new PreferenceScatter(
                    "Preferred orientation: units vs their " + k + " receptive fields", "measured (deg)", "predicted (deg)", 180));
            double[] m = e.getValue().stream().mapToDouble(r -> r.measured().orientationDeg()).toArray();
            double[] p = e.getValue().stream().mapToDouble(r -> r.predicted().orientationDeg()).toArray();
            s.addSeries(key[1], m, p);
        }
        for (Map.Entry<String, PreferenceScatter> s : scatters.entrySet()) {
            png(sink, "prediction." + s.getKey() + ".orientation.png", o -> s.getValue().writePng(o));
        }
    }

    private interface Chart {
        void writePng(java.io.OutputStream out) throws IOException;
    }

    private static void png(ResultSink sink, String name, Chart chart) throws IOException {
        sink.write(FOLDER + "/" + name, chart::writePng);
    }

    private static FilterMontage montage(LayerRf r) {
        PatchGeometry g = r.geometry;
        int side = Math.max(g.rows(), g.cols());
        FilterMontage m = new FilterMontage(r.layer + ": " + r.estimator + " (patch " + g + ")", r.panelTitles(), side);
        for (int u = 0; u < r.units; u++) {
            List<double[]> tiles = new ArrayList<>();
            for (double[] image : r.images(u)) {
                tiles.add(square(image, g, side));
            }
            m.addRow("u" + u + (r.predicted.containsKey(u) ? " *" : ""), tiles);
        }
        return m;
    }

    /** Channels averaged for display, a non-square patch padded with zeros (white); all-NaN stays an empty tile. */
    static double[] square(double[] image, PatchGeometry g, int side) {
        double[] out = new double[side * side];
        int per = g.rows() * g.cols();
        boolean any = false;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                double sum = 0;
                for (int ch = 0; ch < g.channels(); ch++) {
                    sum += image[ch * per + r * g.cols() + c];
                }
                out[r * side + c] = sum / g.channels();
                any |= !Double.isNaN(out[r * side + c]);
            }
        }
        return any ? out : null;
    }

    private static SpectrumChart spectrum(LayerRf r) {
        boolean full = r.arrays.containsKey("eigenvalues");
        SpectrumChart chart = new SpectrumChart(r.layer + ": " + r.estimator + (full ? " eigenvalues"
                : " largest and smallest eigenvalues (Krylov)") + " and null interval (first units with an RF)");
        double[][] values = full ? r.arrays.get("eigenvalues") : r.arrays.get("eigenvalues_highest");
        double[][] lowest = r.arrays.get("eigenvalues_lowest");
        double[][] interval = r.arrays.get("null_interval");
        int shown = 0;
        for (int pass = 0; pass < 2 && shown < SPECTRUM_UNITS; pass++) {
            for (int u = 0; u < r.units && shown < SPECTRUM_UNITS; u++) {
                // significant units first, then the others
                if (r.predicted.containsKey(u) != (pass == 0) || Double.isNaN(values[u][0])) {
                    continue;
                }
                double lo = interval == null ? Double.NaN : interval[u][0];
                double hi = interval == null ? Double.NaN : interval[u][1];
                if (full) {
                    chart.addUnit("u" + u, reversed(values[u]), lo, hi);
                } else {
                    chart.addExtremes("u" + u, values[u], lowest[u], r.geometry.dimension(), lo, hi);
                }
                shown++;
            }
        }
        return chart;
    }

    private static double[] reversed(double[] v) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[v.length - 1 - k];
        }
        return out;
    }
}
