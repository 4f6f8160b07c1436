package org.unitscope.math.tuning;

import java.util.Arrays;

/**
 * The distinct values of one label column (orientation, SF or phase), sorted, and the position of each
 * stimulus's value among them. Values within a relative 1e-9 of each other are one level, so labels that went
 * through slightly different arithmetic still group together.
 */
final class LabelAxis {

    private static final double TOLERANCE = 1e-9;

    private final double[] levels;
    private final int[] indexOfStimulus;

    LabelAxis(String name, double[] labels) {
        Checks.finite(name, labels);
        double[] sorted = labels.clone();
        Arrays.sort(sorted);
        double[] unique = new double[sorted.length];
        int m = 0;
        for (double v : sorted) {
            if (m == 0 || !same(unique[m - 1], v)) {
                unique[m++] = v;
            }
        }
        this.levels = Arrays.copyOf(unique, m);
        this.indexOfStimulus = new int[labels.length];
        for (int k = 0; k < labels.length; k++) {
            indexOfStimulus[k] = find(labels[k]);
        }
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    private int find(double value) {
        int pos = Arrays.binarySearch(levels, value);
        if (pos >= 0) {
            return pos;
        }
        int right = -pos - 1;
        if (right < levels.length && same(levels[right], value)) {
            return right;
        }
        return right - 1;
    }

    int size() {
        return levels.length;
    }

    double[] levels() {
        return levels.clone();
    }

    int indexOf(int stimulus) {
        return indexOfStimulus[stimulus];
    }
}
