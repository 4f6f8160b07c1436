package org.unitscope.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.results.NpyArray;

/**
 * The receptive-field estimators of one layer: each batch, the stimulus patch under the read-out unit's receptive
 * field (the probe says where) goes with the layer's activations into every estimator's accumulator. Pixels of the
 * window outside the input are mean gray (constant: they carry no correlation).
 */
final class LayerEstimators {
    private final String layer;
    private final RfWindow window;
    private final int channels;
    private final int units;
    private final List<Provided<ReceptiveFieldEstimator>> estimators;
    private final List<RfAccumulator> accumulators = new ArrayList<>();
    private float[] patches = new float[0];

    LayerEstimators(String layer, Probe probe, StimulusFormat format, List<Provided<ReceptiveFieldEstimator>> estimators,
            List<Parameters> parameters) {
        this.layer = layer;
        this.window = probe.receptiveField(layer).orElseThrow(() -> new UnitscopeException("receptive-field estimators need to know "
                + "where the read-out unit of '" + layer + "' looks: use the centre or a position readout (not the mean), with a "
                + "model that reports its geometry"));
        this.channels = format.channels();
        this.units = probe.channels(layer);
        this.estimators = estimators;
        for (int i = 0; i < estimators.size(); i++) {
            accumulators.add(estimators.get(i).service().newAccumulator(dimension(), units, parameters.get(i)));
        }
    }

    int dimension() {
        return channels * window.size() * window.size();
    }

    @Override
    public String toString() {
        return layer;
    }

    RfWindow window() {
        return window;
    }

    void add(float[] batch, int n, int side, float[] activations) {
        int d = dimension();
        if (patches.length < n * d) {
            patches = new float[n * d];
        }
        int size = window.size();
        for (int k = 0; k < n; k++) {
            for (int c = 0; c < channels; c++) {
                int src = (k * channels + c) * side * side;
                int dst = k * d + c * size * size;
                for (int r = 0; r < size; r++) {
                    int row = window.row() + r;
                    for (int q = 0; q < size; q++) {
                        int col = window.col() + q;
                        boolean inside = row >= 0 && row < side && col >= 0 && col < side;
                        patches[dst + r * size + q] = inside ? batch[src + row * side + col] : 0.5f;
                    }
                }
            }
        }
        for (RfAccumulator a : accumulators) {
            a.add(patches, activations, n);
        }
    }

    /** "LAYER.ESTIMATOR.RESULT" -> units x dimension arrays, and "LAYER.window" = row, col, size, channels. */
    Map<String, NpyArray> finish() {
        Map<String, NpyArray> out = new LinkedHashMap<>();
        out.put(layer + ".window", NpyArray.of(new double[] {window.row(), window.col(), window.size(), channels}, 4));
        for (int i = 0; i < estimators.size(); i++) {
            for (Map.Entry<String, double[][]> e : accumulators.get(i).finish().entrySet()) {
                out.put(layer + "." + estimators.get(i).id() + "." + e.getKey(), NpyArray.of(e.getValue()));
            }
        }
        return out;
    }
}
