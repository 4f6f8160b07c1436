package org.unitscope.stimulus.noise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unitscope.api.stimulus.StimulusFormat;

/** Stimulus i of an ensemble is the same however, wherever and in whatever company it is rendered. */
class ReproducibilityTest {
    private static final StimulusFormat RGB24 = new StimulusFormat(24, 3, 24);

    @ParameterizedTest
    @ValueSource(strings = {"gaussian", "binary", "blocked", "pink"})
    void aStimulusIsTheSameAloneInABatchAndInAWindow(String type) {
        NoiseSequence s = NoiseFixtures.open(RGB24, 21, "type", type, "count", 40, "colour", true);
        int stride = RGB24.pixelsPerStimulus();
        float[] all = NoiseFixtures.renderAll(s);
        int i = 17;
        float[] alone = new float[stride + 5];
        s.render(i, 1, alone, 5);
        float[] window = new float[7 * stride];
        s.render(i - 3, 7, window, 0);
        float[] expected = Arrays.copyOfRange(all, i * stride, (i + 1) * stride);
        assertThat(Arrays.copyOfRange(alone, 5, 5 + stride)).isEqualTo(expected);
        assertThat(Arrays.copyOfRange(window, 3 * stride, 4 * stride)).isEqualTo(expected);
        assertThat(s.patch(i)).isEqualTo(expected);
    }

    @Test
    void shuffledAndConcurrentRenderingGiveTheSameStimuli() throws Exception {
        NoiseSequence s = NoiseFixtures.open(RGB24, 22, "type", "pink", "count", 64);
        int stride = RGB24.pixelsPerStimulus();
        float[] all = NoiseFixtures.renderAll(s);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> results = new ArrayList<>();
            for (int i : order) {
                results.add(pool.submit(() -> {
                    float[] one = new float[stride];
                    s.render(i, 1, one, 0);
                    return one;
                }));
            }
            for (int k = 0; k < order.size(); k++) {
                int i = order.get(k);
                assertThat(results.get(k).get()).isEqualTo(Arrays.copyOfRange(all, i * stride, (i + 1) * stride));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStimulusDoesNotDependOnCountOrFrame() {
        // estimators and shards regenerate stimulus i from (type, size, seed) alone
        NoiseSequence small = NoiseFixtures.open(new StimulusFormat(24, 3, 24), 23, "count", 10, "size", 16);
        NoiseSequence large = NoiseFixtures.open(new StimulusFormat(64, 3, 24), 23, "count", 5000, "size", 16);
        assertThat(large.patch(7)).isEqualTo(small.patch(7));
    }

    @Test
    void sameSeedIsIdenticalAndDifferentSeedsDiffer() {
        float[] a = NoiseFixtures.renderAll(NoiseFixtures.open(RGB24, 5, "count", 20));
        float[] b = NoiseFixtures.renderAll(NoiseFixtures.open(RGB24, 5, "count", 20));
        float[] c = NoiseFixtures.renderAll(NoiseFixtures.open(RGB24, 6, "count", 20));
        assertThat(b).isEqualTo(a);
        // independent ensembles: pixel values agree only by chance, and are uncorrelated
        double[] da = new double[a.length];
        double[] dc = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            da[j] = a[j];
            dc[j] = c[j];
        }
        assertThat(NoiseFixtures.correlation(da, dc)).isCloseTo(0, within(5 / Math.sqrt(a.length / 3.0)));
    }

    @Test
    void grayNoiseRepeatsOneLuminanceInEveryChannel() {
        for (String type : new String[] {"gaussian", "binary", "blocked", "pink"}) {
            float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(RGB24, 7, "type", type, "count", 5));
            int plane = 24 * 24;
            for (int i = 0; i < 5; i++) {
                int base = i * 3 * plane;
                float[] red = Arrays.copyOfRange(x, base, base + plane);
                assertThat(Arrays.copyOfRange(x, base + plane, base + 2 * plane)).as(type).isEqualTo(red);
                assertThat(Arrays.copyOfRange(x, base + 2 * plane, base + 3 * plane)).as(type).isEqualTo(red);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaussian", "binary", "blocked"})
    void colourNoiseHasIndependentChannels(String type) {
        int count = 200;
        float[] x = NoiseFixtures.renderAll(NoiseFixtures.open(RGB24, 8, "type", type, "count", count, "colour", true));
        int plane = 24 * 24;
        // blocked: one sample per 4 x 4 block, the independent values
        int step = "blocked".equals(type) ? 4 : 1;
        int perPlane = (24 / step) * (24 / step);
        double[][] channel = new double[3][count * perPlane];
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < 3; c++) {
                int k = i * perPlane;
                for (int y = 0; y < 24; y += step) {
                    for (int xx = 0; xx < 24; xx += step) {
                        channel[c][k++] = x[(i * 3 + c) * plane + y * 24 + xx];
                    }
                }
            }
        }
        double tolerance = 5 / Math.sqrt(count * perPlane);
        assertThat(NoiseFixtures.correlation(channel[0], channel[1])).isCloseTo(0, within(tolerance));
        assertThat(NoiseFixtures.correlation(channel[0], channel[2])).isCloseTo(0, within(tolerance));
        assertThat(NoiseFixtures.correlation(channel[1], channel[2])).isCloseTo(0, within(tolerance));
    }

    @Test
    void renderingOutsideTheSequenceIsRefused() {
        NoiseSequence s = NoiseFixtures.open(RGB24, 9, "count", 10);
        float[] dst = new float[3 * RGB24.pixelsPerStimulus()];
        assertThatThrownBy(() -> s.render(8, 3, dst, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.render(-1, 1, dst, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.render(0, 3, dst, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

}
