package org.unitscope.math.stats;

/**
 * Discriminability of two samples: d' = (mean_a - mean_b) / sqrt((var_a + var_b) / 2), with sample variances
 * (n - 1 denominator). NaN when both variances are 0, where no spread is there to scale the difference by.
 */
public final class DPrime {

    private DPrime() {
    }

    public static double of(double[] a, double[] b) {
        double va = Moments.sampleVariance(a);
        double vb = Moments.sampleVariance(b);
        if (va + vb == 0) {
            return Double.NaN;
        }
        return (Moments.mean(a) - Moments.mean(b)) / Math.sqrt((va + vb) / 2);
    }
}
