package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ActivationWeightedSumsTest {

    @Test
    void smallCaseMatchesHandComputedSumsWithNegativeActivationsClamped() {
        // stimuli (1, 2), (3, -1), (0, 4); unit 0 activations 1, 2, -5 (-5 counts as 0); unit 1: 0, 1, 1
        float[] s = {1, 2, 3, -1, 0, 4};
        float[] a = {1, 0, 2, 1, -5, 1};
        ActivationWeightedSums sums = new ActivationWeightedSums(2, 2, true);
        sums.add(s, a, 3);
        assertThat(sums.count()).isEqualTo(3);
        assertThat(sums.stimulusSum()).containsExactly(4, 5);
        assertThat(sums.stimulusOuterSum()).containsExactly(10, -1, -1, 21);
        assertThat(sums.activationSum(0)).isEqualTo(3);
        assertThat(sums.activationSum(1)).isEqualTo(2);
        assertThat(sums.weightedStimulusSum(0)).containsExactly(7, 0);
        assertThat(sums.weightedStimulusSum(1)).containsExactly(3, 3);
        // unit 0: 1*(1,2)(1,2)^T + 2*(3,-1)(3,-1)^T = [[19, -4], [-4, 6]]
        assertThat(sums.weightedOuterSum(0)).containsExactly(19, -4, -4, 6);
        assertThat(sums.stimulusMean()).containsExactly(4.0 / 3, 5.0 / 3);
    }

    @Test
    void shardsMergedEqualOnePassAndANaiveSum() {
        int d = 45; // not a multiple of the row block
        int units = 3;
        int n = 1300; // several sub-batches, last one partial
        float[] s = Synthetic.whiteNoise(n, d, 1);
        float[] a = new float[n * units];
        Random random = new Random(2);
        for (int k = 0; k < a.length; k++) {
            a[k] = (float) (random.nextGaussian() + 0.5);
        }
        ActivationWeightedSums one = new ActivationWeightedSums(units, d, true);
        one.add(s, a, n);
        ActivationWeightedSums merged = new ActivationWeightedSums(units, d, true);
        int[] cuts = {0, 17, 700, 1300};
        for (int c = 0; c < cuts.length - 1; c++) {
            ActivationWeightedSums shard = new ActivationWeightedSums(units, d, true);
            shard.add(Arrays.copyOfRange(s, cuts[c] * d, cuts[c + 1] * d),
                    Arrays.copyOfRange(a, cuts[c] * units, cuts[c + 1] * units), cuts[c + 1] - cuts[c]);
            merged.merge(shard);
        }
        assertThat(merged.count()).isEqualTo(n);
        assertClose(merged.stimulusSum(), one.stimulusSum());
        assertClose(merged.stimulusOuterSum(), one.stimulusOuterSum());
        for (int u = 0; u < units; u++) {
            assertThat(merged.activationSum(u)).isCloseTo(one.activationSum(u),
                    within(1e-12 * one.activationSum(u)));
            assertClose(merged.weightedStimulusSum(u), one.weightedStimulusSum(u));
            assertClose(merged.weightedOuterSum(u), one.weightedOuterSum(u));
            // independent naive triple loop
            double[] naive = new double[d * d];
            for (int i = 0; i < n; i++) {
                double w = Math.max(0, a[i * units + u]);
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q < d; q++) {
                        naive[p * d + q] += w * s[i * d + p] * s[i * d + q];
                    }
                }
            }
            assertClose(one.weightedOuterSum(u), naive);
        }
    }

    private static void assertClose(double[] actual, double[] expected) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).isCloseTo(expected[k], within(1e-12 * scale));
        }
    }

    @Test
    void withoutCovarianceTheOuterSumIsUnavailable() {
        ActivationWeightedSums sums = new ActivationWeightedSums(1, 2, false);
        sums.add(new float[] {1, 2}, new float[] {1}, 1);
        assertThat(sums.weightedStimulusSum(0)).containsExactly(1, 2);
        assertThatThrownBy(() -> sums.weightedOuterSum(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void memoryEstimateCountsDoubles() {
        // ensemble d + d^2, per unit sum a, sum a^2, 3 d-vectors (sum a s, sum a^2 s, sum a^2 s*s) (+ d^2)
        assertThat(ActivationWeightedSums.bytes(2, 3, true)).isEqualTo(8L * (3 + 9 + 2 * (2 + 3 * 3 + 9)));
        assertThat(ActivationWeightedSums.bytes(2, 3, false)).isEqualTo(8L * (3 + 9 + 2 * (2 + 3 * 3)));
        // 1000 units of d = 1024 with covariance: about 8 GiB, no int overflow
        assertThat(ActivationWeightedSums.bytes(1000, 1024, true)).isGreaterThan(8L * 1000 * 1024 * 1024);
    }

    @Test
    void rejectsBadInput() {
        ActivationWeightedSums sums = new ActivationWeightedSums(1, 2, true);
        assertThatThrownBy(() -> sums.add(new float[] {1, Float.NaN}, new float[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sums.add(new float[] {1, 2}, new float[] {Float.POSITIVE_INFINITY}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sums.add(new float[] {1}, new float[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sums.merge(new ActivationWeightedSums(1, 3, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivationWeightedSums(0, 2, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(sums::stimulusMean).isInstanceOf(IllegalStateException.class);
    }
}
