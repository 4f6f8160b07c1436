package org.unitscope.math.rf;

import java.util.Arrays;
import java.util.List;

/**
 * Shuffle test of an AWA against "the unit's activations do not depend on the stimulus": the statistic is the
 * AWA's squared norm |AWA|^2, its null the same statistic for the AWAs of R shuffles of the activations
 * (for instance those of a {@link ShufflePlan}, accumulated with the observed ones as R + 1 units of
 * {@link ActivationWeightedSums}). The rank p-value (1 + #{null >= observed}) / (R + 1) is exact at any R.
 * A complex cell's AWA is ~0 (its response is even in the stimulus), and a test that does not reject says so:
 * "AWA not significant", its structure lies in the AWC.
 *
 * <p>Under the null the shuffled draws reproduce the observed statistic's distribution exactly when the
 * activations are independent of the stimuli; a unit whose response variance depends on the stimulus (an
 * energy model) makes the observed AWA's sampling noise slightly larger along its filters than the shuffles',
 * so its false-positive rate can sit a little above nominal.
 */
public final class AwaSignificance {

    /**
     * @param statistic  |AWA|^2 of the observed activations
     * @param pValue     (1 + #{null statistic >= observed}) / (R + 1)
     * @param nullMedian median of the R null statistics (the squared norm noise alone gives)
     * @param shuffles   R
     */
    public record Result(double statistic, double pValue, double nullMedian, int shuffles) {

        /** Whether the AWA is significant at level {@code alpha} (one-sided: larger than the null). */
        public boolean significant(double alpha) {
            return pValue <= alpha;
        }
    }

    private AwaSignificance() {
    }

    /** Tests {@code observedAwa} (length d) against the AWAs of R >= 1 shuffles, each of length d. */
    public static Result of(double[] observedAwa, List<double[]> nullAwas) {
        if (observedAwa == null || observedAwa.length == 0) {
            throw new IllegalArgumentException("need an observed AWA");
        }
        if (nullAwas == null || nullAwas.isEmpty()) {
            throw new IllegalArgumentException("need at least one null AWA");
        }
        double[] nulls = new double[nullAwas.size()];
        for (int r = 0; r < nulls.length; r++) {
            double[] awa = nullAwas.get(r);
            if (awa == null || awa.length != observedAwa.length) {
                throw new IllegalArgumentException("null AWA " + r + " must have length " + observedAwa.length);
            }
            nulls[r] = squaredNorm(awa);
        }
        return ofStatistics(squaredNorm(observedAwa), nulls);
    }

    /**
     * The same rank test on statistics already computed (e.g. {@link ActivationWeightedSums#studentizedAwaNorm} of the
     * observed activations and of each shuffle).
     */
    public static Result ofStatistics(double observed, double[] nullStatistics) {
        if (!Double.isFinite(observed) || nullStatistics == null || nullStatistics.length == 0) {
            throw new IllegalArgumentException("need a finite observed statistic and at least one null statistic");
        }
        int shuffles = nullStatistics.length;
        double[] nulls = nullStatistics.clone();
        int atLeast = 0;
        for (double v : nulls) {
            if (v >= observed) {
                atLeast++;
            }
        }
        Arrays.sort(nulls);
        double median = shuffles % 2 == 1 ? nulls[shuffles / 2] : (nulls[shuffles / 2 - 1] + nulls[shuffles / 2]) / 2;
        return new Result(observed, (1.0 + atLeast) / (shuffles + 1.0), median, shuffles);
    }

    private static double squaredNorm(double[] v) {
        double s = 0;
        for (int j = 0; j < v.length; j++) {
            if (!Double.isFinite(v[j])) {
                throw new IllegalArgumentException("AWA entry not finite at " + j);
            }
            s += v[j] * v[j];
        }
        return s;
    }
}
