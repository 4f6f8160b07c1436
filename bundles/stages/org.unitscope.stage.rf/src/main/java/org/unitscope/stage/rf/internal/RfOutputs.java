package org.unitscope.stage.rf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unitscope.api.stage.ResultSink;
import org.unitscope.math.io.CsvTable;
import org.unitscope.math.io.NpyArray;
import org.unitscope.math.io.NpzWriter;
import org.unitscope.math.rf.PreferenceAgreement;

/**
 * Writes what the estimators found: {@code rf.npz} ("LAYER.patch" = top, left, height, width, block, rows, cols,
 * channels; "LAYER.ESTIMATOR.NAME" with one row per unit; RF images shaped units x panels x [channels x] rows x cols),
 * an RF montage per layer and estimator ({@link RfPlots}), and, with a prediction, {@code prediction.csv} (per unit)
 * and {@code prediction-summary.csv} (per layer and estimator).
 */
final class RfOutputs {
    private RfOutputs() {
    }

    static List<String> summaryLines(Map<String, List<LayerRf>> rfs) {
        List<String> lines = new ArrayList<>();
        for (List<LayerRf> list : rfs.values()) {
            for (LayerRf r : list) {
                lines.add(String.format(Locale.ROOT, "%s %s: %d/%d units with a significant receptive field (patch %s)", r.layer,
                        r.estimator, r.predicted.size(), r.units, r.geometry));
            }
        }
        return lines;
    }

    /** rf.npz and the montages and spectra under rf/. */
    static void writeReceptiveFields(ResultSink sink, Map<String, List<LayerRf>> rfs) throws IOException {
        writeArrays(sink, rfs);
        RfPlots.writeReceptiveFields(sink, rfs);
    }

    /** rf.npz alone: per layer its patch geometry and every estimator's arrays. */
    static void writeArrays(ResultSink sink, Map<String, List<LayerRf>> rfs) throws IOException {
        Map<String, NpyArray> fields = new LinkedHashMap<>();
        for (Map.Entry<String, List<LayerRf>> e : rfs.entrySet()) {
            List<LayerRf> list = e.getValue();
            fields.put(e.getKey() + ".patch", NpyArray.of(list.get(0).geometry.asArray(), 8));
            for (LayerRf r : list) {
                for (Map.Entry<String, double[][]> a : r.arrays.entrySet()) {
                    fields.put(r.layer + "." + r.estimator + "." + a.getKey(), array(r, a.getKey(), a.getValue()));
                }
            }
        }
        sink.write("rf.npz", o -> NpzWriter.write(o, fields));
    }

    /** The orientation scatters under rf/, prediction.csv and prediction-summary.csv. */
    static void writePrediction(ResultSink sink, TuningPrediction.Result prediction) throws IOException {
        RfPlots.writePrediction(sink, prediction);
        sink.writeString("prediction.csv", unitTable(prediction).render());
        sink.writeString("prediction-summary.csv", layerTable(prediction).render());
    }

    private static NpyArray array(LayerRf r, String name, double[][] rows) {
        NpyArray flat = NpyArray.of(rows);
        List<String> panels = r.panels.get(name);
        int width = rows.length == 0 ? 0 : rows[0].length;
        if (panels == null) {
            return width == 1 ? NpyArray.of(column(rows), rows.length) : flat;
        }
        PatchGeometry g = r.geometry;
        double[] data = new double[rows.length * width];
        for (int u = 0; u < rows.length; u++) {
            System.arraycopy(rows[u], 0, data, u * width, width);
        }
        return g.channels() > 1 ? NpyArray.of(data, rows.length, panels.size(), g.channels(), g.rows(), g.cols())
                : NpyArray.of(data, rows.length, panels.size(), g.rows(), g.cols());
    }

    private static double[] column(double[][] rows) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][0];
        }
        return c;
    }

    private static CsvTable unitTable(TuningPrediction.Result p) {
        CsvTable t = new CsvTable(List.of("layer", "unit", "estimator", "measured_orientation", "predicted_orientation",
                "abs_delta_orientation", "measured_sf", "predicted_sf", "sf_error_octaves"));
        for (TuningPrediction.UnitRow r : p.units()) {
            double delta = Double.isNaN(r.measured().orientationDeg()) || Double.isNaN(r.predicted().orientationDeg()) ? Double.NaN
                    : PreferenceAgreement.axialDifference(r.measured().orientationDeg(), r.predicted().orientationDeg());
            t.row().set("layer", r.layer()).set("unit", Integer.toString(r.unit())).set("estimator", r.estimator())
                    .set("measured_orientation", r.measured().orientationDeg()).set("predicted_orientation", r.predicted().orientationDeg())
                    .set("abs_delta_orientation", delta).set("measured_sf", r.measured().sf()).set("predicted_sf", r.predicted().sf())
                    .set("sf_error_octaves", Math.abs(Math.log(r.predicted().sf() / r.measured().sf()) / Math.log(2)));
        }
        return t;
    }

    private static CsvTable layerTable(TuningPrediction.Result p) {
        CsvTable t = new CsvTable(List.of("layer", "estimator", "units", "significant", "compared", "untuned", "sf_compared", "circular_correlation",
                "median_abs_delta_orientation", "fraction_within_15", "median_sf_error_octaves"));
        for (TuningPrediction.LayerRow r : p.layers()) {
            t.row().set("layer", r.layer()).set("estimator", r.estimator()).set("units", Integer.toString(r.units()))
                    .set("significant", Integer.toString(r.significant())).set("compared", Integer.toString(r.agreement().pairs()))
                    .set("untuned", Integer.toString(r.agreement().untuned()))
                    .set("sf_compared", Integer.toString(r.agreement().sfPairs()))
                    .set("circular_correlation", r.agreement().circularCorrelation())
                    .set("median_abs_delta_orientation", r.agreement().medianAbsDeltaOrientation())
                    .set("fraction_within_15", r.agreement().fractionWithin15())
                    .set("median_sf_error_octaves", r.agreement().medianAbsLog2SfRatio());
        }
        return t;
    }
}
