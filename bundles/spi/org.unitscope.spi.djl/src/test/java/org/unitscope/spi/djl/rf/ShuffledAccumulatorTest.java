package org.unitscope.spi.djl.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;

class ShuffledAccumulatorTest {
    private static final int D = 9;
    private static final int N = 3000;

    /** What a plugin writes: the AWA, its p-value and the AWC's diagonal. */
    static final class Probe extends ShuffledAccumulator {
        Probe(UnitActivations activations, int shuffles) {
            super(activations, D, shuffles, true);
        }

        @Override
        protected RfResult results() {
            Map<String, double[][]> arrays = new LinkedHashMap<>();
            double[][] awa = new double[units()][];
            double[][] p = new double[units()][1];
            double[][] diagonal = new double[units()][dimension()];
            for (int u = 0; u < units(); u++) {
                awa[u] = awa(u).filter();
                p[u][0] = awaTest(u).pValue();
                double[] c = awc(u);
                for (int k = 0; k < dimension(); k++) {
                    diagonal[u][k] = c[k * dimension() + k];
                }
                assertThat(nullAwcs(u)).hasSize(19);
            }
            arrays.put("awa", awa);
            arrays.put("p", p);
            arrays.put("awc_diagonal", diagonal);
            return new RfResult(arrays, Map.of(), Map.of());
        }
    }

    private static float[] noise() {
        SplittableRandom r = new SplittableRandom(7);
        float[] s = new float[N * D];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) r.nextGaussian();
        }
        return s;
    }

    /** Unit 0 = ReLU(pixel 4): its AWA points at pixel 4; unit 1 responds at random, independently of the stimulus. */
    private static UnitActivations activations(float[] stimuli) {
        SplittableRandom r = new SplittableRandom(11);
        float[][] columns = new float[2][N];
        for (int i = 0; i < N; i++) {
            columns[0][i] = Math.max(0, stimuli[i * D + 4]);
            columns[1][i] = (float) r.nextDouble();
        }
        return new UnitActivations(columns, 3);
    }

    @Test
    void theAwaOfARectifiedPixelPointsAtThatPixelAndIsSignificant() {
        float[] stimuli = noise();
        RfAccumulator acc = new Probe(activations(stimuli), 19);
        acc.add(0, stimuli, N);
        RfResult r = acc.finish();
        double[] awa = r.arrays().get("awa")[0];
        for (int k = 0; k < D; k++) {
            assertThat(Math.abs(awa[k])).as("pixel " + k).isLessThan(k == 4 ? 2 : 0.1);
        }
        assertThat(awa[4]).isGreaterThan(0.5);
        assertThat(r.arrays().get("p")[0][0]).isEqualTo(1.0 / 20);
        assertThat(r.arrays().get("p")[1][0]).isGreaterThan(0.05);
    }

    @Test
    void sumsOfTwoStimulusRangesMergeIntoTheSumsOfAll() {
        float[] stimuli = noise();
        UnitActivations a = activations(stimuli);
        RfAccumulator whole = new Probe(a, 19);
        whole.add(0, stimuli, N);
        RfAccumulator first = new Probe(a, 19);
        first.add(0, java.util.Arrays.copyOf(stimuli, 1000 * D), 1000);
        RfAccumulator second = new Probe(a, 19);
        second.add(1000, java.util.Arrays.copyOfRange(stimuli, 1000 * D, N * D), N - 1000);
        first.merge(second);
        RfResult merged = first.finish();
        RfResult all = whole.finish();
        for (String name : List.of("awa", "p", "awc_diagonal")) {
            for (int u = 0; u < 2; u++) {
                double[] m = merged.arrays().get(name)[u];
                double[] w = all.arrays().get(name)[u];
                for (int k = 0; k < w.length; k++) {
                    assertThat(m[k]).as(name + " unit " + u).isCloseTo(w[k], org.assertj.core.api.Assertions.within(1e-9));
                }
            }
        }
    }

    @Test
    void accumulatorsOfDifferentKindsDoNotMerge() {
        float[] stimuli = noise();
        UnitActivations a = activations(stimuli);
        RfAccumulator probe = new Probe(a, 19);
        probe.add(0, stimuli, N);
        RfAccumulator other = new ShuffledAccumulator(a, D, 19, false) {
            @Override
            protected RfResult results() {
                return new RfResult(Map.of(), Map.of(), Map.of());
            }
        };
        assertThatThrownBy(() -> probe.merge(other)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("can only merge");
        probe.finish();
        other.finish();
    }

    @Test
    void bytesPerUnitGrowWithShufflesAndCovariance() {
        assertThat(ShuffledAccumulator.bytesPerUnit(16, 9, true)).isGreaterThan(ShuffledAccumulator.bytesPerUnit(16, 9, false));
        assertThat(ShuffledAccumulator.bytesPerUnit(16, 19, false)).isGreaterThan(ShuffledAccumulator.bytesPerUnit(16, 9, false));
    }
}
