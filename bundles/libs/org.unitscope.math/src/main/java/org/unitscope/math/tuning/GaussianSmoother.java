package org.unitscope.math.tuning;

/**
 * Gaussian smoothing of a uniformly sampled curve. The kernel is symmetric and centred on each sample, so it
 * cannot move the peak of a symmetric curve. Near the ends the kernel is cut off at the end of the data and
 * renormalised (an average over the samples that exist), rather than padding with zeros that would drag the
 * ends down and push peaks inward.
 */
final class GaussianSmoother {

    /** The kernel is cut at this many standard deviations, where its weight is below 1e-7 of the centre. */
    private static final double REACH_SIGMAS = 6.0;

    private GaussianSmoother() {
    }

    /** Smoothed copy of {@code values}; {@code sigmaSamples <= 0} returns an unsmoothed copy. */
    static double[] smooth(double[] values, double sigmaSamples) {
        if (!(sigmaSamples > 0)) {
            return values.clone();
        }
        int reach = (int) Math.ceil(REACH_SIGMAS * sigmaSamples);
        double[] weights = new double[reach + 1];
        for (int d = 0; d <= reach; d++) {
            weights[d] = Math.exp(-0.5 * (d / sigmaSamples) * (d / sigmaSamples));
        }
        int n = values.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - reach);
            int to = Math.min(n - 1, i + reach);
            double sum = 0;
            double weightSum = 0;
            for (int j = from; j <= to; j++) {
                double w = weights[Math.abs(j - i)];
                sum += w * values[j];
                weightSum += w;
            }
            out[i] = sum / weightSum;
        }
        return out;
    }
}
