package org.unitscope.rf.awc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.math.rf.PrincipalAngles;

/**
 * Ground truth on 10 x 10 patches of white Gaussian noise: a complex cell (energy model of a quadrature Gabor pair), a
 * simple cell (rectified even Gabor) and a unit ignoring its input.
 */
class ActivationWeightedCovarianceEstimatorTest {
    private static final int D = WhiteNoiseUnits.D;
    private static final int N = WhiteNoiseUnits.N;
    private final ActivationWeightedCovarianceEstimator estimator = new ActivationWeightedCovarianceEstimator();
    private final Parameters parameters = Parameters.resolve(estimator.info(), Map.of("shuffles", 39));
    private final WhiteNoiseUnits units = WhiteNoiseUnits.get();
    private final double[] even = units.even;
    private final float[] patches = units.patches;
    private final float[][] columns = units.columns;

    private RfResult run(float[][] units, int shards) {
        UnitActivations a = new UnitActivations(units, 11);
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
    void parametersThatCannotReachTheLevelAreRefusedWhenTheRunIsResolved() {
        assertThatThrownBy(() -> Parameters.resolve(estimator.info(), Map.of("shuffles", 1)))
                .hasMessage("parameter 'shuffles' of 'awc' is 1; allowed: >= 2");
        assertThatThrownBy(() -> Parameters.resolve(estimator.info(), Map.of("alpha", 1.0)))
                .hasMessage("parameter 'alpha' of 'awc' is 1.0; allowed: (0, 1)");
        // two-sided at 0.05 needs R + 1 >= 40
        Parameters tooFew = Parameters.resolve(estimator.info(), Map.of("shuffles", 38, "alpha", 0.05));
        assertThatThrownBy(() -> estimator.validate(tooFew)).hasMessageContaining("shuffles + 1 >= 2 / alpha, here shuffles >= 39");
        assertThatNoException().isThrownBy(() -> estimator.validate(Parameters.resolve(estimator.info(), Map.of("shuffles", 39))));
    }

    @Test
    void theComplexCellsQuadraturePairIsRecoveredAsTwoExcitatoryAxesAndItsAwaIsNotSignificant() {
        RfResult result = run(columns, 1);
        double[][] axes = result.arrays().get("axes");
        assertThat(axes[0]).containsExactly(2.0, 0.0);
        double[] exc = result.arrays().get("excitatory")[0];
        double[][] found = {Arrays.copyOfRange(exc, 0, D), Arrays.copyOfRange(exc, D, 2 * D)};
        double[] angles = PrincipalAngles.degrees(found, new double[][] {even, units.odd});
        assertThat(angles[0]).isLessThan(15.0);
        assertThat(angles[1]).isLessThan(15.0);
        assertThat(result.arrays().get("awa_p")[0][0]).isGreaterThan(0.05);
        assertThat(result.predicted()).containsKey(0);
        // the spectrum is stored largest first
        double[] spectrum = result.arrays().get("eigenvalues")[0];
        assertThat(spectrum[0]).isGreaterThanOrEqualTo(spectrum[D - 1]);
        assertThat(result.arrays().get("excitatory_eigenvalues")[0][0]).isEqualTo(spectrum[0]);
    }

    @Test
    void aSimpleCellHasOneSuppressiveAxisAlongItsFilterAndAUnitIgnoringItsInputNone() {
        RfResult result = run(columns, 1);
        double[][] axes = result.arrays().get("axes");
        assertThat(axes[1]).containsExactly(0.0, 1.0);
        double[] sup = Arrays.copyOfRange(result.arrays().get("suppressive")[1], 0, D);
        assertThat(PrincipalAngles.degrees(new double[][] {sup}, new double[][] {even})[0]).isLessThan(15.0);
        assertThat(result.arrays().get("awa_p")[1][0]).isEqualTo(1.0 / 40);
        assertThat(axes[2]).containsExactly(0.0, 0.0);
        assertThat(result.predicted()).containsKeys(0, 1).doesNotContainKey(2);
        assertThat(result.arrays().get("null_interval")[2]).containsOnly(Double.NaN);
    }

    @Test
    void shardsMergeAndChunksOfUnitsGiveTheSameNumbers() {
        RfResult whole = run(columns, 1);
        RfResult alone = run(new float[][] {columns[1]}, 1);
        RfResult shards = run(new float[][] {columns[1]}, 2);
        assertThat(alone.arrays().get("eigenvalues")[0]).isEqualTo(whole.arrays().get("eigenvalues")[1]);
        assertThat(alone.arrays().get("suppressive")[0]).isEqualTo(whole.arrays().get("suppressive")[1]);
        double[] a = alone.arrays().get("eigenvalues")[0];
        double[] b = shards.arrays().get("eigenvalues")[0];
        for (int i = 0; i < D; i++) {
            assertThat(b[i]).isCloseTo(a[i], org.assertj.core.data.Offset.offset(1e-9 * Math.abs(a[0])));
        }
    }


    @Test
    void anAnalysisWhoseFinishingThreadIsInterruptedStopsWithCancellationBeforeItsEigenDecompositions() {
        UnitActivations a = new UnitActivations(columns, 11);
        RfAccumulator acc = estimator.newAccumulator(D, a, parameters);
        acc.add(0, patches, N);
        Thread.currentThread().interrupt(); // how the receptive-field stage asks finish() to stop
        try {
            assertThatThrownBy(acc::finish).isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
