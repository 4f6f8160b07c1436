package org.unitscope.math.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Indices of the k largest values, largest first; equal values keep the lower index first, so runs repeat. */
public final class TopIndices {

    private TopIndices() {
    }

    /** The min(k, n) indices of the largest values; k >= 0. */
    public static int[] of(double[] values, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable sort: among equal values, the original (ascending index) order is kept
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).reversed());
        int m = Math.min(k, values.length);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
