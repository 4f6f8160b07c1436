package org.unitscope.engine.internal;

import java.util.Arrays;
import java.util.Set;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stimulus.LabelTable;

/**
 * One layer's responses to every stimulus (stimuli x units, row-major), filled batch by batch, with the layer's
 * theoretical receptive-field size (px) that metrics may need.
 */
final class LayerResponses {
    final String layer;
    final int units;
    final int rfSize;
    final float[] values;

    LayerResponses(String layer, int units, int stimuli, int rfSize) {
        this.layer = layer;
        this.units = units;
        this.rfSize = rfSize;
        this.values = new float[Math.multiplyExact(units, stimuli)];
    }

    /** The table the metrics see: every stimulus but those in {@code failed}. */
    ResponseTable table(LabelTable labels, Set<Integer> failed) {
        ResponseTable all = new ResponseTable(layer, units, labels, values, rfSize);
        return failed.isEmpty() ? all : StimulusRows.without(failed, all);
    }

    void put(int from, int n, float[] batch) {
        if (batch.length < n * units) {
            throw new IllegalStateException(layer + ": probe returned " + batch.length + " values for " + n + " x " + units);
        }
        System.arraycopy(batch, 0, values, from * units, n * units);
    }

    /** What stages see: the same array, not a copy. */
    LayerActivations activations() {
        return new LayerActivations(layer, units, rfSize, values);
    }

    float[] firstRows(int rows) {
        return rows * units == values.length ? values : Arrays.copyOf(values, rows * units);
    }
}
