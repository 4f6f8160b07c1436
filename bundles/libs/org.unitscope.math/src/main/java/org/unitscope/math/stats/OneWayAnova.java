package org.unitscope.math.stats;

/**
 * One-way analysis of variance: F = (SS_between / (k - 1)) / (SS_within / (N - k)) over k groups of N values
 * in all, p = P(F(k - 1, N - k) > F).
 * Zero within-group variance (every group constant) has no finite F: when the group means differ, F = +infinity
 * and p = 0 (the groups are perfectly separated); when every value is the same, F = NaN and p = 1 (there is
 * nothing to explain, so nothing is significant).
 *
 * @param f          the F statistic
 * @param dfBetween  k - 1
 * @param dfWithin   N - k
 * @param p          the p-value
 * @param ssBetween  sum over groups of n_i (mean_i - grand mean)^2
 * @param ssWithin   sum over groups of sum (x - mean_i)^2
 */
public record OneWayAnova(double f, int dfBetween, int dfWithin, double p, double ssBetween, double ssWithin) {

    /** ANOVA over {@code groups}: at least 2, none empty, more values than groups, all finite. */
    public static OneWayAnova of(double[]... groups) {
        int k = groups.length;
        if (k < 2) {
            throw new IllegalArgumentException("ANOVA needs at least 2 groups, got " + k);
        }
        double[] means = new double[k];
        int[] sizes = new int[k];
        int total = 0;
        double ssWithin = 0;
        for (int i = 0; i < k; i++) {
            double[] g = groups[i];
            if (g.length == 0) {
                throw new IllegalArgumentException("ANOVA group " + i + " is empty");
            }
            for (double v : g) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("ANOVA values must be finite: " + v + " in group " + i);
                }
            }
            means[i] = Moments.mean(g);
            sizes[i] = g.length;
            total += g.length;
            ssWithin += Moments.squaredDeviations(g, means[i]);
        }
        if (total <= k) {
            throw new IllegalArgumentException("ANOVA needs more values (" + total + ") than groups (" + k + ")");
        }
        double grand = grandMean(means, sizes, total);
        double ssBetween = 0;
        for (int i = 0; i < k; i++) {
            double d = means[i] - grand;
            ssBetween += sizes[i] * d * d;
        }
        int dfB = k - 1;
        int dfW = total - k;
        if (ssWithin == 0) {
            return ssBetween > 0 ? new OneWayAnova(Double.POSITIVE_INFINITY, dfB, dfW, 0.0, ssBetween, 0.0)
                    : new OneWayAnova(Double.NaN, dfB, dfW, 1.0, 0.0, 0.0);
        }
        double f = (ssBetween / dfB) / (ssWithin / dfW);
        return new OneWayAnova(f, dfB, dfW, new FDistribution(dfB, dfW).survival(f), ssBetween, ssWithin);
    }

    /** The size-weighted mean of the group means; exactly their common value when they are all equal. */
    private static double grandMean(double[] means, int[] sizes, int total) {
        if (Moments.constant(means)) {
            return means[0];
        }
        double sum = 0;
        for (int i = 0; i < means.length; i++) {
            sum += sizes[i] * means[i];
        }
        return sum / total;
    }
}
