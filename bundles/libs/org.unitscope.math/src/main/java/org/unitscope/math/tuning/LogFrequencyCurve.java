package org.unitscope.math.tuning;

import java.util.Arrays;

/**
 * A spatial-frequency tuning curve resampled on a uniform log2(SF) axis (octaves) by linear interpolation
 * between the measured points, because SF tuning is analysed in octaves and the measured SFs are usually
 * log-spaced but need not be uniformly so. Points at the same SF are averaged.
 */
final class LogFrequencyCurve {

    private final double startOctave;
    private final double step;
    private final double[] values;

    private LogFrequencyCurve(double startOctave, double step, double[] values) {
        this.startOctave = startOctave;
        this.step = step;
        this.values = values;
    }

    /** The measured points on the log2(SF) axis: distinct octaves ascending, responses at one SF averaged. */
    record Samples(double[] octaves, double[] values) {
        int size() {
            return octaves.length;
        }
    }

    /** Sorts the points by SF and averages those at the same SF. */
    static Samples samples(double[] sfs, double[] responses) {
        int n = sfs.length;
        Integer[] order = new Integer[n];
        double[] octave = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            octave[k] = Math.log(sfs[k]) / Math.log(2.0);
        }
        Arrays.sort(order, (a, b) -> Double.compare(octave[a], octave[b]));
        double[] x = new double[n];
        double[] y = new double[n];
        int[] count = new int[n];
        int m = -1;
        for (int k = 0; k < n; k++) {
            int idx = order[k];
            if (m < 0 || octave[idx] != x[m]) {
                m++;
                x[m] = octave[idx];
            }
            y[m] += responses[idx];
            count[m]++;
        }
        for (int k = 0; k <= m; k++) {
            y[k] /= count[k];
        }
        return new Samples(Arrays.copyOf(x, m + 1), Arrays.copyOf(y, m + 1));
    }

    /**
     * Resamples at steps as close as possible to {@code targetStep} octaves, both ends of the sampled range
     * included. {@code sfs} must be positive with at least two distinct values.
     */
    static LogFrequencyCurve resample(double[] sfs, double[] responses, double targetStep) {
        Samples points = samples(sfs, responses);
        double[] x = points.octaves();
        double[] y = points.values();
        int distinct = points.size();
        if (distinct < 2) {
            throw new IllegalArgumentException("need at least two distinct spatial frequencies");
        }
        double lo = x[0];
        double hi = x[distinct - 1];
        int samples = Math.max(2, (int) Math.round((hi - lo) / targetStep) + 1);
        double step = (hi - lo) / (samples - 1);
        double[] values = new double[samples];
        int segment = 0;
        for (int i = 0; i < samples; i++) {
            double at = i == samples - 1 ? hi : lo + i * step;
            while (segment < distinct - 2 && at > x[segment + 1]) {
                segment++;
            }
            double fraction = (at - x[segment]) / (x[segment + 1] - x[segment]);
            values[i] = y[segment] + fraction * (y[segment + 1] - y[segment]);
        }
        return new LogFrequencyCurve(lo, step, values);
    }

    double startOctave() {
        return startOctave;
    }

    double step() {
        return step;
    }

    /** The resampled values (a copy). */
    double[] values() {
        return values.clone();
    }
}
