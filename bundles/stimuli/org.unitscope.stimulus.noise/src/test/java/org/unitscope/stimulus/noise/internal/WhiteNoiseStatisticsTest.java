package org.unitscope.stimulus.noise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unitscope.api.stimulus.StimulusFormat;

/** Pixel statistics of gaussian, binary and blocked noise against their definitions; tolerances 5 standard errors. */
class WhiteNoiseStatisticsTest {
    private static final StimulusFormat GRAY32 = new StimulusFormat(32, 1, 32);

    @Test
    void gaussianHasTheRequestedMeanAndSdWhereClippingIsNegligible() {
        // sd 0.1 around 0.4: the nearest bound is 4 sd away, 2 Phi(-4) < 1e-4 of the pixels clip on that side
        float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(GRAY32, 1, "count", 300, "contrast", 0.1, "mean", 0.4));
        int n = x.length;
        assertThat(NoiseFixtures.mean(x)).isCloseTo(0.4, within(5 * 0.1 / Math.sqrt(n)));
        assertThat(NoiseFixtures.sd(x)).isCloseTo(0.1, within(5 * 0.1 / Math.sqrt(2.0 * n) + 1e-4));
    }

    @Test
    void gaussianClipsTheGaussianTailFraction() {
        // sd 0.5 around 0.5: P(|z| > 1) = 0.3173; the default sd 0.15: P(|z| > 10/3) = 8.58e-4
        assertClipFraction(0.5, 0.31731050786291415, 100);
        assertClipFraction(NoiseSettings.GAUSSIAN_DEFAULT_CONTRAST, 0.0008581206663936747, 1000);
    }

    private static void assertClipFraction(double sd, double expected, int count) {
        float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(GRAY32, 2, "count", count, "contrast", sd));
        int clipped = 0;
        for (float v : x) {
            assertThat(v).isBetween(0f, 1f);
            if (v == 0f || v == 1f) {
                clipped++;
            }
        }
        double binomialSd = Math.sqrt(expected * (1 - expected) / x.length);
        assertThat((double) clipped / x.length).isCloseTo(expected, within(5 * binomialSd));
    }

    @Test
    void defaultGaussianContrastIsTheDocumentedOne() {
        NoiseSequence s = NoiseFixtures.open(GRAY32, 2, "count", 1000);
        float[] x = NoiseFixtures.renderAll(s);
        float[] same = NoiseFixtures.renderAll(NoiseFixtures.open(GRAY32, 2, "count", 1000, "contrast", 0.15));
        assertThat(x).isEqualTo(same);
    }

    @Test
    void binaryTakesMeanPlusOrMinusContrastWithProbabilityOneHalf() {
        float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(GRAY32, 3, "type", "binary", "count", 200, "contrast", 0.3, "mean", 0.45));
        float high = (float) (0.45 + 0.3);
        float low = (float) (0.45 - 0.3);
        int highs = 0;
        for (float v : x) {
            assertThat(v).isIn(low, high);
            if (v == high) {
                highs++;
            }
        }
        int n = x.length;
        assertThat((double) highs).isCloseTo(n / 2.0, within(5 * Math.sqrt(n / 4.0)));
    }

    @Test
    void binaryAtTheDefaultContrastUsesTheFullRange() {
        float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(GRAY32, 3, "type", "binary", "count", 20));
        Set<Float> values = new HashSet<>();
        for (float v : x) {
            values.add(v);
        }
        assertThat(values).containsExactlyInAnyOrder(0f, 1f);
    }

    @Test
    void whiteNoiseHasNoPixelAutocorrelationAtLagOne() {
        for (String type : new String[] {"gaussian", "binary"}) {
            NoiseSequence s = NoiseFixtures.open(GRAY32, 4, "type", type, "count", 100);
            float[] x = NoiseFixtures.renderAll(s);
            int side = 32;
            int pairs = 100 * side * (side - 1);
            double[] a = new double[pairs];
            double[] right = new double[pairs];
            double[] b = new double[pairs];
            double[] below = new double[pairs];
            int k = 0;
            for (int i = 0; i < 100; i++) {
                int base = i * side * side;
                for (int u = 0; u < side; u++) {
                    for (int v = 0; v < side - 1; v++) {
                        a[k] = x[base + u * side + v];
                        right[k] = x[base + u * side + v + 1];
                        b[k] = x[base + v * side + u];
                        below[k] = x[base + (v + 1) * side + u];
                        k++;
                    }
                }
            }
            assertThat(NoiseFixtures.correlation(a, right)).as(type + " horizontal").isCloseTo(0, within(5 / Math.sqrt(pairs)));
            assertThat(NoiseFixtures.correlation(b, below)).as(type + " vertical").isCloseTo(0, within(5 / Math.sqrt(pairs)));
        }
    }

    @Test
    void blockedIsConstantWithinBlocksAndIndependentAcrossThem() {
        // 30 px with 4 px blocks: 8 blocks per side, the last row and column of blocks cropped to 2 px
        StimulusFormat format = new StimulusFormat(30, 1, 30);
        int count = 400;
        float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(format, 5, "type", "blocked", "block", 4, "count", count, "contrast", 0.4));
        int side = 30;
        int blocks = 8;
        int pairs = count * blocks * (blocks - 1);
        double[] a = new double[pairs];
        double[] next = new double[pairs];
        int highs = 0;
        int k = 0;
        for (int i = 0; i < count; i++) {
            int base = i * side * side;
            for (int y = 0; y < side; y++) {
                for (int xx = 0; xx < side; xx++) {
                    // every pixel equals the top-left pixel of its block
                    assertThat(x[base + y * side + xx]).isEqualTo(x[base + (y / 4 * 4) * side + xx / 4 * 4]);
                }
            }
            for (int by = 0; by < blocks; by++) {
                for (int bx = 0; bx < blocks; bx++) {
                    float v = x[base + by * 4 * side + bx * 4];
                    assertThat(v).isIn((float) (0.5 - 0.4), (float) (0.5 + 0.4));
                    if (v > 0.5f) {
                        highs++;
                    }
                    if (bx < blocks - 1) {
                        a[k] = v;
                        next[k] = x[base + by * 4 * side + (bx + 1) * 4];
                        k++;
                    }
                }
            }
        }
        assertThat(NoiseFixtures.correlation(a, next)).isCloseTo(0, within(5 / Math.sqrt(pairs)));
        int n = count * blocks * blocks;
        assertThat((double) highs).isCloseTo(n / 2.0, within(5 * Math.sqrt(n / 4.0)));
    }

    @Test
    void blockedWithGaussianValuesHasTheRequestedSdPerBlock() {
        int count = 1000;
        float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(GRAY32, 6, "type", "blocked", "block", 8, "blockValues", "gaussian",
                "count", count, "contrast", 0.1));
        float[] values = new float[count * 16];
        for (int i = 0; i < count; i++) {
            for (int b = 0; b < 16; b++) {
                values[i * 16 + b] = x[i * 1024 + (b / 4) * 8 * 32 + (b % 4) * 8];
            }
        }
        int n = values.length;
        assertThat(NoiseFixtures.mean(values)).isCloseTo(0.5, within(5 * 0.1 / Math.sqrt(n)));
        assertThat(NoiseFixtures.sd(values)).isCloseTo(0.1, within(5 * 0.1 / Math.sqrt(2.0 * n)));
    }
}
