package org.unitscope.math.stats;

/**
 * Lifetime sparseness of one unit over n stimuli (Vinje and Gallant 2000):
 * S = [1 - (sum r / n)^2 / (sum r^2 / n)] / (1 - 1/n). 0 for a unit that responds equally to everything,
 * 1 for a unit that responds to a single stimulus only.
 */
public final class LifetimeSparseness {

    private LifetimeSparseness() {
    }

    /** S over the responses; NaN for an all-zero unit or a single stimulus, where the ratio is 0/0. */
    public static double of(double[] r) {
        int n = r.length;
        double sum = 0;
        double sumSq = 0;
        for (double v : r) {
            sum += v;
            sumSq += v * v;
        }
        if (n < 2 || sumSq == 0) {
            return Double.NaN;
        }
        double mean = sum / n;
        double s = (1 - mean * mean / (sumSq / n)) / (1 - 1.0 / n);
        // mathematically in [0, 1] (Cauchy-Schwarz); rounding can push a constant unit a few ulps below 0
        return Math.min(1.0, Math.max(0.0, s));
    }
}
