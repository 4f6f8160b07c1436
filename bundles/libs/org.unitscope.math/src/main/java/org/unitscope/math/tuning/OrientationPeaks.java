package org.unitscope.math.tuning;

/**
 * Counts the peaks of a sampled periodic curve, so that a unit with two preferred orientations is not mistaken
 * for a sharply tuned one. A peak is a maximal run of equal samples whose two neighbours are both lower, at least
 * {@link #MIN_HEIGHT} of the largest sample high and with a prominence of at least {@link #MIN_PROMINENCE} of it.
 * Prominence: walking from the run in each direction until a sample higher than the peak (or the whole circle),
 * the peak minus the higher of the two lowest samples passed. A flat curve has no peak.
 */
final class OrientationPeaks {
    static final double MIN_HEIGHT = 0.5;
    static final double MIN_PROMINENCE = 0.1;

    private OrientationPeaks() {
    }

    /** Number of peaks of {@code values} (samples of one period, in angular order). */
    static int count(double[] values) {
        int n = values.length;
        double top = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            top = Math.max(top, v);
        }
        if (!(top > 0)) {
            return 0;
        }
        int peaks = 0;
        for (int start = 0; start < n; start++) {
            double v = values[start];
            if (values[previous(start, n)] == v) {
                continue; // not the first sample of its run (a flat curve has no run start at all)
            }
            int end = start;
            while (values[next(end, n)] == v) {
                end = next(end, n);
            }
            boolean local = values[previous(start, n)] < v && values[next(end, n)] < v;
            if (local && v >= MIN_HEIGHT * top && prominence(values, start, end) >= MIN_PROMINENCE * top) {
                peaks++;
            }
        }
        return peaks;
    }

    private static double prominence(double[] values, int start, int end) {
        int n = values.length;
        int steps = n - (Math.floorMod(end - start, n) + 1);
        double peak = values[start];
        double leftLow = peak;
        for (int k = 0, i = previous(start, n); k < steps && values[i] <= peak; k++, i = previous(i, n)) {
            leftLow = Math.min(leftLow, values[i]);
        }
        double rightLow = peak;
        for (int k = 0, i = next(end, n); k < steps && values[i] <= peak; k++, i = next(i, n)) {
            rightLow = Math.min(rightLow, values[i]);
        }
        return peak - Math.max(leftLow, rightLow);
    }

    private static int previous(int i, int n) {
        return (i + n - 1) % n;
    }

    private static int next(int i, int n) {
        return (i + 1) % n;
    }
}
