package org.unitscope.math.rf;

import java.util.Arrays;

/**
 * One step of the nested shuffle test, whatever computed the eigenvalues: the null interval from the R shuffled
 * smallest and largest eigenvalues (order statistics, so that the rank p-value (1 + k) / (R + 1) of an observation
 * outside is at most alpha / 2 on each side), and which observed extreme, if any, is accepted: the one further
 * outside its bound (in eigenvalue units); none when both lie inside. {@link NestedShuffleTest} (dense) and the
 * matrix-free test share it, so they decide alike.
 *
 * @param lower     the null interval's lower bound
 * @param upper     the null interval's upper bound
 * @param excess    observed largest minus upper (> 0: outside)
 * @param deficit   lower minus observed smallest (> 0: outside)
 */
public record StepDecision(double lower, double upper, double excess, double deficit) {

    /**
     * @param observedSmallest the observed operator's smallest eigenvalue on the complement of the accepted axes
     * @param observedLargest  its largest
     * @param nullSmallest     each shuffle's smallest eigenvalue on the same complement (R values)
     * @param nullLargest      each shuffle's largest (R values)
     * @param alpha            two-sided level of the step
     */
    public static StepDecision of(double observedSmallest, double observedLargest, double[] nullSmallest,
            double[] nullLargest, double alpha) {
        if (nullSmallest.length != nullLargest.length || nullSmallest.length < 1) {
            throw new IllegalArgumentException("need as many null smallest as largest eigenvalues, at least one");
        }
        int k = NestedShuffleTest.allowedExceedances(nullSmallest.length, alpha);
        if (k < 0) {
            throw new IllegalArgumentException("shuffles + 1 must be >= 2 / alpha to reach level alpha: "
                    + nullSmallest.length + ", " + alpha);
        }
        double lower = orderStatistic(nullSmallest, k);
        double upper = -orderStatistic(negated(nullLargest), k);
        return new StepDecision(lower, upper, observedLargest - upper, lower - observedSmallest);
    }

    /** True when neither extreme lies outside the null interval: the test stops. */
    public boolean stops() {
        return excess <= 0 && deficit <= 0;
    }

    /** True when the largest eigenvalue is the one accepted (excitatory axis); else the smallest (suppressive). */
    public boolean acceptsLargest() {
        return excess >= deficit;
    }

    /** The (k+1)-th smallest value: an observation below it has at most k null values at or below it. */
    static double orderStatistic(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[k];
    }

    private static double[] negated(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = -values[i];
        }
        return out;
    }
}
