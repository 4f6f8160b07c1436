package org.unitscope.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.math.rf.ActivationWeightedSums;
import org.unitscope.math.rf.JavaMomentKernel;

/** The PyTorch kernel against the Java reference: the same sums to 1e-12 relative. */
class TorchMomentKernelTest {
    private static TorchMomentKernel kernel;

    @BeforeAll
    static void open() {
        kernel = new TorchMomentKernel();
    }

    @AfterAll
    static void close() {
        kernel.close();
    }

    private static double[] gaussian(int n, Random random) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = random.nextGaussian();
        }
        return v;
    }

    /** Rectified Gaussian weights (about half zero); the last unit of several is silent in the call. */
    private static double[] weights(int units, int m, Random random) {
        double[] w = new double[units * m];
        for (int k = 0; k < w.length; k++) {
            w[k] = Math.max(0, random.nextGaussian());
        }
        if (units > 1) {
            java.util.Arrays.fill(w, (units - 1) * m, units * m, 0.0);
        }
        return w;
    }

    private static void assertClose(double[] actual, double[] expected, int dim, boolean upperOnly) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int k = 0; k < expected.length; k++) {
            if (upperOnly && k % dim < k / dim) {
                continue;
            }
            assertThat(actual[k]).as("entry %d", k).isCloseTo(expected[k], within(1e-12 * Math.max(scale, 1e-300)));
        }
    }

    private static void compareOneCall(TorchMomentKernel k, int dim, int units, int m, long seed) {
        Random random = new Random(seed);
        double[] x = gaussian(m * dim + 5, random); // longer than needed: only m x dim is read
        double[] w = weights(units, m, random);
        double[] firstJ = gaussian(units * dim, new Random(seed + 1)); // running totals to add to
        double[] firstT = firstJ.clone();
        double[][] secondJ = new double[units][];
        double[][] secondT = new double[units][];
        for (int u = 0; u < units; u++) {
            secondJ[u] = gaussian(dim * dim, new Random(seed + 2 + u));
            secondT[u] = secondJ[u].clone();
        }
        new JavaMomentKernel().accumulate(x, m, dim, w, units, firstJ, secondJ);
        k.accumulate(x, m, dim, w, units, firstT, secondT);
        assertClose(firstT, firstJ, dim, false);
        for (int u = 0; u < units; u++) {
            assertClose(secondT[u], secondJ[u], dim, true);
        }
    }

    @Test
    void oneCallGivesTheJavaSumsAtDim64And300ForOneAndSevenUnits() {
        for (int dim : new int[] {64, 300}) {
            for (int units : new int[] {1, 7}) {
                compareOneCall(kernel, dim, units, 1000, dim * 31L + units);
            }
        }
    }

    @Test
    void groupsOfUnitsUnderASmallByteBoundGiveTheSameSums() {
        // 64 x (128 + 64) doubles = 96 KiB per unit: a 200 KiB bound makes groups of 2 (7 units: 2, 2, 2 + silent)
        try (TorchMomentKernel small = new TorchMomentKernel(200 << 10)) {
            assertThat(small.groupSize(128, 64)).isEqualTo(2);
            compareOneCall(small, 64, 7, 128, 5);
        }
        try (TorchMomentKernel tiny = new TorchMomentKernel(1)) {
            assertThat(tiny.groupSize(128, 64)).isEqualTo(1);
            compareOneCall(tiny, 64, 7, 128, 6);
        }
    }

    @Test
    void activationWeightedSumsThroughTheEngineMatchTheJavaKernel() {
        for (int dim : new int[] {64, 300}) {
            for (int units : new int[] {1, 7}) {
                int n = 2500; // two full sub-batches of 1024 and a partial one
                Random random = new Random(dim + units);
                float[] s = new float[n * dim];
                for (int k = 0; k < s.length; k++) {
                    s[k] = (float) random.nextGaussian();
                }
                float[] a = new float[n * units];
                for (int k = 0; k < a.length; k++) {
                    a[k] = (float) random.nextGaussian(); // negative: clamped to 0
                }
                if (units > 1) {
                    for (int i = 0; i < n; i++) {
                        a[i * units + 3] = -1; // a unit never active
                    }
                }
                ActivationWeightedSums java = new ActivationWeightedSums(units, dim, true);
                ActivationWeightedSums torch = new ActivationWeightedSums(units, dim, true, kernel);
                java.add(s, a, n);
                torch.add(s, a, n);
                assertThat(torch.count()).isEqualTo(n);
                assertClose(torch.stimulusSum(), java.stimulusSum(), dim, false);
                assertClose(torch.stimulusOuterSum(), java.stimulusOuterSum(), dim, false);
                for (int u = 0; u < units; u++) {
                    assertThat(torch.activationSum(u)).isEqualTo(java.activationSum(u));
                    assertClose(torch.weightedStimulusSum(u), java.weightedStimulusSum(u), dim, false);
                    assertClose(torch.weightedOuterSum(u), java.weightedOuterSum(u), dim, false);
                }
                if (units > 1) {
                    assertThat(torch.weightedOuterSum(3)).containsOnly(0.0);
                }
            }
        }
    }

    @Test
    void withoutSecondMomentsAndEmptyCallsWork() {
        double[] first = new double[3];
        kernel.accumulate(new double[] {1, 2, 3, 4, 5, 6}, 2, 3, new double[] {2, 0.5}, 1, first, null);
        assertThat(first).containsExactly(4, 6.5, 9);
        kernel.accumulate(new double[0], 0, 3, new double[0], 1, first, null);
        kernel.accumulate(new double[6], 2, 3, new double[2], 1, first, null); // all-zero weights
        assertThat(first).containsExactly(4, 6.5, 9);
        assertThat(kernel.preferredBatch(256, 16)).isEqualTo(1024);
        assertThatThrownBy(() -> kernel.accumulate(new double[5], 2, 3, new double[2], 1, first, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TorchMomentKernel(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
