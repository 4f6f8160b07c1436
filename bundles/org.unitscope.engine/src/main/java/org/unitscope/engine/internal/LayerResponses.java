package org.unitscope.engine.internal;

import java.util.Arrays;

/** One layer's responses to every stimulus (stimuli x units, row-major), filled batch by batch. */
final class LayerResponses {
    final String layer;
    final int units;
    final float[] values;

    LayerResponses(String layer, int units, int stimuli) {
        this.layer = layer;
        this.units = units;
        this.values = new float[Math.multiplyExact(units, stimuli)];
    }

    void put(int from, int n, float[] batch) {
        if (batch.length < n * units) {
            throw new IllegalStateException(layer + ": probe returned " + batch.length + " values for " + n + " x " + units);
        }
        System.arraycopy(batch, 0, values, from * units, n * units);
    }

    float[] firstRows(int rows) {
        return rows * units == values.length ? values : Arrays.copyOf(values, rows * units);
    }
}
