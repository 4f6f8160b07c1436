package org.unitscope.spi.djl.rf;

/**
 * A permutation test against R shuffles of the activations: the observed {@code statistic}, its p-value
 * (1 + #shuffles at least as large) / (R + 1), the median of the shuffles' statistics and R.
 */
public record ShuffleTest(double statistic, double pValue, double nullMedian, int shuffles) {

    /** Whether the p-value is at most {@code alpha}. */
    public boolean significant(double alpha) {
        return pValue <= alpha;
    }
}
