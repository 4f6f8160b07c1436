package org.unitscope.api.rf;

import java.util.Arrays;

/**
 * The stored activations of a group of units to every stimulus of a run: {@code columns[u][i]} is unit u's
 * activation to stimulus i. Stored in full so that an estimator can shuffle them across stimuli for its
 * significance tests. {@code seed} seeds those shuffles (the run's seed), so results are reproducible.
 * Stimuli that failed to render have activation 0 and are never added.
 *
 * @param columns activations per unit, all of the same length (the stimulus count)
 * @param seed    seed for the estimator's own randomness
 */
public record UnitActivations(float[][] columns, long seed) {

    public UnitActivations {
        if (columns == null || columns.length == 0) {
            throw new IllegalArgumentException("need at least one unit");
        }
        int n = columns[0].length;
        for (float[] c : columns) {
            if (c.length != n) {
                throw new IllegalArgumentException("activation columns of different lengths: " + n + ", " + c.length);
            }
        }
    }

    public int units() {
        return columns.length;
    }

    public int stimuli() {
        return columns[0].length;
    }

    @Override
    public String toString() {
        return "UnitActivations[" + units() + " units x " + stimuli() + " stimuli, seed " + seed + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitActivations other && seed == other.seed && Arrays.deepEquals(columns, other.columns);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(columns) + Long.hashCode(seed);
    }
}
