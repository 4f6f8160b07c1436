package org.unitscope.stage.rf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Probe;
import org.unitscope.api.rf.PredictedUnit;
import org.unitscope.api.stage.Phase;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.math.rf.GratingPreference;
import org.unitscope.math.rf.PreferenceAgreement;

/**
 * Does the reconstructed receptive field explain the tuning? The same gratings go through the network (the measured
 * units) and through every unit rebuilt from a significant RF (its patch cut exactly as for the estimators);
 * preferred orientation and SF are read off both alike ({@link GratingPreference}) and compared per layer and
 * estimator ({@link PreferenceAgreement}).
 */
final class TuningPrediction {
    static final List<String> LABELS = List.of("orientation", "sf", "phase");
    /** The SF metric's default smoothing, so predicted and measured preferences are read alike. */
    static final double SMOOTHING_OCTAVES = 0.25;

    /** One unit's measured and predicted preferences under one estimator's model. */
    record UnitRow(String layer, int unit, String estimator, GratingPreference measured, GratingPreference predicted) {
    }

    /** Per layer and estimator: how many units, how many had a significant RF, how well they agree. */
    record LayerRow(String layer, String estimator, int units, int significant, PreferenceAgreement agreement) {
    }

    record Result(List<UnitRow> units, List<LayerRow> layers, int stimuli, double seconds) {
    }

    static void checkLabels(LabelTable labels, String id) {
        for (String l : LABELS) {
            if (!labels.has(l)) {
                throw new UnitscopeException("the prediction needs gratings labelled " + LABELS + "; stimulus set '" + id
                        + "' has " + labels.names());
            }
        }
    }

    /** Null when stopped before the end. */
    static Result run(StageContext context, StimulusSequence gratings, String id, List<String> layers,
            List<PatchGeometry> geometries, Map<String, List<LayerRf>> rfs) {
        long t0 = System.nanoTime();
        LabelTable labels = gratings.labels();
        checkLabels(labels, id);
        Responses r = new Responses(context.probe(), gratings.count(), layers, rfs);
        if (!r.collect(context, gratings, geometries)) {
            return null;
        }
        double[] ori = labels.column("orientation");
        double[] sf = labels.column("sf");
        double[] phase = labels.column("phase");
        double[] blank = labels.has("blank") ? labels.column("blank") : null;
        List<UnitRow> unitRows = new ArrayList<>();
        List<LayerRow> layerRows = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            GratingPreference[] m = new GratingPreference[r.units[l]];
            for (int u = 0; u < r.units[l]; u++) {
                m[u] = GratingPreference.of(ori, sf, phase, blank, r.measured[l][u], SMOOTHING_OCTAVES);
            }
            List<LayerRf> list = rfs.get(layers.get(l));
            for (int e = 0; e < list.size(); e++) {
                List<GratingPreference> ms = new ArrayList<>();
                List<GratingPreference> ps = new ArrayList<>();
                for (int u = 0; u < r.units[l]; u++) {
                    if (r.predicted[l][e][u] == null) {
                        continue;
                    }
                    GratingPreference p = GratingPreference.of(ori, sf, phase, blank, r.predicted[l][e][u], SMOOTHING_OCTAVES);
                    unitRows.add(new UnitRow(layers.get(l), u, list.get(e).estimator, m[u], p));
                    ms.add(m[u]);
                    ps.add(p);
                }
                PreferenceAgreement agreement = PreferenceAgreement.of(ms.toArray(GratingPreference[]::new),
                        ps.toArray(GratingPreference[]::new));
                layerRows.add(new LayerRow(layers.get(l), list.get(e).estimator, r.units[l], ms.size(), agreement));
            }
        }
        return new Result(unitRows, layerRows, r.count, (System.nanoTime() - t0) / 1e9);
    }

    /** The measured units' and their models' responses to every prediction stimulus. */
    private static final class Responses {
        final int count;
        final List<String> layers;
        final Map<String, List<LayerRf>> rfs;
        final int[] units;
        final double[][][] measured;
        /** [layer][estimator][unit]: responses of the unit's model (null: no significant RF). */
        final double[][][][] predicted;

        Responses(Probe probe, int count, List<String> layers, Map<String, List<LayerRf>> rfs) {
            this.count = count;
            this.layers = layers;
            this.rfs = rfs;
            units = new int[layers.size()];
            measured = new double[layers.size()][][];
            predicted = new double[layers.size()][][][];
            for (int l = 0; l < layers.size(); l++) {
                units[l] = probe.channels(layers.get(l));
                measured[l] = new double[units[l]][count];
                List<LayerRf> list = rfs.get(layers.get(l));
                predicted[l] = new double[list.size()][units[l]][];
                for (int e = 0; e < list.size(); e++) {
                    for (Integer u : list.get(e).predicted.keySet()) {
                        predicted[l][e][u] = new double[count];
                    }
                }
            }
        }

        /** False when stopped before the end. */
        boolean collect(StageContext context, StimulusSequence gratings, List<PatchGeometry> geometries) {
            int side = context.format().size();
            int channels = context.format().channels();
            int batchSize = context.batchSize();
            float[] batch = new float[batchSize * side * side * channels];
            Phase phase = context.phase("prediction", count);
            for (int done = 0; done < count; ) {
                if (context.stopRequested()) {
                    return false;
                }
                int n = Math.min(batchSize, count - done);
                gratings.render(done, n, batch, 0);
                Map<String, float[]> act = context.probe().forward(batch, n);
                for (int l = 0; l < layers.size(); l++) {
                    float[] a = act.get(layers.get(l));
                    for (int k = 0; k < n; k++) {
                        for (int u = 0; u < units[l]; u++) {
                            measured[l][u][done + k] = a[k * units[l] + u];
                        }
                    }
                    model(l, geometries.get(l), batch, n, done, side, channels);
                }
                done += n;
                phase.done(done);
            }
            return true;
        }

        private void model(int l, PatchGeometry g, float[] batch, int n, int done, int side, int channels) {
            float[] patch = new float[g.dimension()];
            List<LayerRf> list = rfs.get(layers.get(l));
            for (int k = 0; k < n; k++) {
                g.cut(batch, k, side, channels, patch, 0);
                for (int e = 0; e < list.size(); e++) {
                    for (Map.Entry<Integer, PredictedUnit> p : list.get(e).predicted.entrySet()) {
                        predicted[l][e][p.getKey()][done + k] = p.getValue().respond(patch);
                    }
                }
            }
        }
    }

    /** "block3_conv1 awc: 41/64 units with a significant RF, 39 compared (2 untuned); circular r 0.82, ...". */
    static String line(LayerRow r) {
        PreferenceAgreement a = r.agreement();
        return String.format(Locale.ROOT, "%s %s: %d/%d units with a significant RF, %d compared (%d untuned, left out); circular r %.2f,"
                + " median |dOri| %.1f deg, %.0f%% within 15 deg, median SF error %.2f oct (%d)", r.layer(), r.estimator(), r.significant(),
                r.units(), a.pairs(), a.untuned(), a.circularCorrelation(), a.medianAbsDeltaOrientation(), 100 * a.fractionWithin15(),
                a.medianAbsLog2SfRatio(), a.sfPairs());
    }
}
