package org.unitscope.spi.djl.rf;

/**
 * A unit's activation-weighted average: {@code filter} = sum_n a_n (s_n - mean) / sum_n a_n (length d, the
 * patch's pixels), and {@code activationSum} = sum_n a_n (negative activations count as 0).
 */
public record WeightedAverage(double[] filter, double activationSum) {
}
