package org.unitscope.rf.awa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.math.stats.Correlation;

/** Ground truth: a rectified linear unit with a known filter, a unit that ignores its input, one never active. */
class ActivationWeightedAverageEstimatorTest {
    private static final int D = 25;
    private static final int N = 8000;
    private final ActivationWeightedAverageEstimator estimator = new ActivationWeightedAverageEstimator();
    private final Parameters parameters = Parameters.resolve(estimator.info(), Map.of("shuffles", 49));
    private final double[] w = new double[D];
    private final float[] patches = new float[N * D];
    private final float[][] columns = new float[3][N];

    ActivationWeightedAverageEstimatorTest() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < D; i++) {
            w[i] = Math.sin(i * 0.7);
        }
        for (int k = 0; k < N; k++) {
            double dot = 0;
            for (int i = 0; i < D; i++) {
                patches[k * D + i] = (float) (0.5 + 0.15 * gaussian(r));
                dot += w[i] * (patches[k * D + i] - 0.5);
            }
            columns[0][k] = (float) Math.max(0, dot);     // a rectified linear unit
            columns[1][k] = (float) (1 + gaussian(r) * 0.1 > 1 ? 1.2 : 0.8);  // responds, but not to the stimulus
            columns[2][k] = 0f;                            // never responds
        }
    }

    private RfResult run(float[][] units, int shards) {
        UnitActivations a = new UnitActivations(units, 7);
        RfAccumulator whole = null;
        int per = N / shards;
        for (int s = 0; s < shards; s++) {
            RfAccumulator part = estimator.newAccumulator(D, a, parameters);
            part.add(s * per, Arrays.copyOfRange(patches, s * per * D, (s + 1) * per * D), per);
            if (whole == null) {
                whole = part;
            } else {
                whole.merge(part);
            }
        }
        return whole.finish();
    }

    @Test
    void recoversTheFilterOfARectifiedLinearUnitWithASignificantAwa() {
        RfResult result = run(columns, 1);
        assertThat(Correlation.pearson(result.arrays().get("awa")[0], w)).isGreaterThan(0.95);
        assertThat(result.arrays().get("p")[0][0]).isEqualTo(1.0 / 50);
        assertThat(result.predicted()).containsKey(0);
        assertThat(result.panels()).containsEntry("awa", java.util.List.of("AWA"));
    }

    @Test
    void aUnitThatIgnoresItsInputHasNoSignificantAwaAndANeverActiveUnitNone() {
        RfResult result = run(columns, 1);
        assertThat(result.arrays().get("p")[1][0]).isGreaterThan(0.05);
        assertThat(result.predicted()).doesNotContainKeys(1, 2);
        assertThat(result.arrays().get("awa")[2]).containsOnly(Double.NaN);
        assertThat(result.arrays().get("activation_sum")[2][0]).isZero();
    }

    @Test
    void shardsMergeAndChunksOfUnitsGiveTheSameNumbers() {
        RfResult whole = run(columns, 1);
        RfResult shards = run(columns, 4);
        RfResult alone = run(new float[][] {columns[0]}, 1);
        double[] awa = whole.arrays().get("awa")[0];
        for (int i = 0; i < D; i++) {
            assertThat(shards.arrays().get("awa")[0][i]).isCloseTo(awa[i], org.assertj.core.data.Offset.offset(1e-12 + 1e-9 * Math.abs(awa[i])));
        }
        assertThat(alone.arrays().get("awa")[0]).isEqualTo(awa);
        assertThat(alone.arrays().get("p")[0]).isEqualTo(whole.arrays().get("p")[0]);
    }

    @Test
    void thePredictedUnitIsTheRectifiedAwaOnMeanRemovedPatches() {
        RfResult result = run(columns, 1);
        double[] awa = result.arrays().get("awa")[0];
        double max = Arrays.stream(awa).map(Math::abs).max().orElseThrow();
        float[] along = new float[D];
        float[] against = new float[D];
        for (int i = 0; i < D; i++) {
            along[i] = (float) (0.5 + 0.1 * awa[i] / max);    // the mean patch plus the filter: drives the unit
            against[i] = (float) (0.5 - 0.1 * awa[i] / max);  // minus the filter: rectified to 0
        }
        assertThat(result.predicted().get(0).respond(along)).isGreaterThan(0);
        assertThat(result.predicted().get(0).respond(against)).isZero();
    }

    @Test
    void badParametersAreRefusedWhenResolvedNamingServiceParameterValueAndRange() {
        assertThatThrownBy(() -> Parameters.resolve(estimator.info(), Map.of("alpha", 1.5)))
                .hasMessage("parameter 'alpha' of 'awa' is 1.5; allowed: (0, 1)");
        assertThatThrownBy(() -> Parameters.resolve(estimator.info(), Map.of("shuffles", 0)))
                .hasMessage("parameter 'shuffles' of 'awa' is 0; allowed: >= 1");
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

}
