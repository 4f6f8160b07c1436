package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The resampling weights against the filter's definition worked out by hand: triangle of half-width max(1, shrink). */
class AxisWeightsTest {

    @Test
    void noResizingCopiesEachPixel() {
        AxisWeights w = new AxisWeights(5, 5, 0, 5);
        for (int j = 0; j < 5; j++) {
            assertThat(w.first(j)).isEqualTo(j);
            assertThat(w.weights(j)).containsExactly(1f);
        }
    }

    @Test
    void halvingWeighsFourSourcePixelsOneThreeThreeOne() {
        AxisWeights w = new AxisWeights(8, 4, 0, 4);
        // output 1: centre at source 3.0, source centres 1.5, 2.5, 3.5, 4.5 at distances 1.5, 0.5, 0.5, 1.5 of 2
        assertThat(w.first(1)).isEqualTo(1);
        assertThat(w.weights(1)).containsExactly(new float[] {0.125f, 0.375f, 0.375f, 0.125f}, within(1e-7f));
        // output 0: source -1 does not exist, the others are renormalised (0.75, 0.75, 0.25) / 1.75
        assertThat(w.first(0)).isEqualTo(0);
        assertThat(w.weights(0)).containsExactly(new float[] {0.75f / 1.75f, 0.75f / 1.75f, 0.25f / 1.75f}, within(1e-7f));
        assertThat(w.low()).isEqualTo(0);
        assertThat(w.high()).isEqualTo(7);
    }

    @Test
    void doublingInterpolatesBetweenTheTwoNearestPixels() {
        AxisWeights w = new AxisWeights(4, 8, 0, 8);
        // output 3: centre at source 1.75, between the centres 1.5 (distance 0.25) and 2.5 (distance 0.75)
        assertThat(w.first(3)).isEqualTo(1);
        assertThat(w.weights(3)).containsExactly(new float[] {0.75f, 0.25f}, within(1e-7f));
    }

    @Test
    void outputOutsideTheResizedImageIsPadding() {
        AxisWeights w = new AxisWeights(4, 4, -2, 8);
        assertThat(w.padding(0)).isTrue();
        assertThat(w.padding(1)).isTrue();
        assertThat(w.padding(6)).isTrue();
        assertThat(w.padding(7)).isTrue();
        for (int j = 2; j < 6; j++) {
            assertThat(w.padding(j)).isFalse();
            assertThat(w.first(j)).isEqualTo(j - 2);
            assertThat(w.weights(j)).containsExactly(1f);
        }
        assertThat(new AxisWeights(4, 4, 10, 3).low()).isEqualTo(-1);
    }

    @Test
    void weightsAreNonNegativeAndSumToOneForAnySizes() {
        Random r = new Random(3);
        for (int t = 0; t < 500; t++) {
            int src = 1 + r.nextInt(300);
            int resized = 1 + r.nextInt(300);
            int out = 1 + r.nextInt(100);
            AxisWeights w = new AxisWeights(src, resized, (resized - out) / 2, out);
            for (int j = 0; j < out; j++) {
                if (w.padding(j)) {
                    continue;
                }
                double sum = 0;
                for (float v : w.weights(j)) {
                    assertThat(v).isPositive();
                    sum += v;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-5));
                assertThat(w.first(j)).isBetween(0, src - 1);
                assertThat(w.first(j) + w.weights(j).length).isLessThanOrEqualTo(src);
            }
        }
    }
}
