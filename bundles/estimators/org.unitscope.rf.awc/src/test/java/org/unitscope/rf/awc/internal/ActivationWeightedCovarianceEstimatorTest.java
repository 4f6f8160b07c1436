package org.unitscope.rf.awc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
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
    private static final int SIDE = 10;
    private static final int D = SIDE * SIDE;
    private static final int N = 20_000;
    private final ActivationWeightedCovarianceEstimator estimator = new ActivationWeightedCovarianceEstimator();
    private final Parameters parameters = Parameters.resolve(estimator.info(), Map.of("shuffles", 39));
    private final double[] even = gabor(0);
    private final double[] odd = gabor(Math.PI / 2);
    private final float[] patches = new float[N * D];
    private final float[][] columns = new float[3][N];

    ActivationWeightedCovarianceEstimatorTest() {
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < N; k++) {
            double e = 0;
            double o = 0;
            for (int i = 0; i < D; i++) {
                double x = gaussian(r);
                patches[k * D + i] = (float) (0.5 + 0.2 * x);
                e += even[i] * x;
                o += odd[i] * x;
            }
            columns[0][k] = (float) Math.sqrt(e * e + o * o);
            columns[1][k] = (float) Math.max(0, e);
            columns[2][k] = (float) Math.abs(gaussian(r));
        }
    }

    /** Unit-norm Gabor at 30 degrees, 0.2 cycles/px, sigma 2 px, with the given phase. */
    private static double[] gabor(double phase) {
        double[] g = new double[D];
        double t = Math.toRadians(30);
        double norm = 0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double cx = x - 4.5;
                double cy = y - 4.5;
                double u = cx * Math.cos(t) + cy * Math.sin(t);
                g[y * SIDE + x] = Math.exp(-(cx * cx + cy * cy) / 8) * Math.cos(2 * Math.PI * 0.2 * u + phase);
                norm += g[y * SIDE + x] * g[y * SIDE + x];
            }
        }
        for (int i = 0; i < D; i++) {
            g[i] /= Math.sqrt(norm);
        }
        return g;
    }

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
        double[] angles = PrincipalAngles.degrees(found, new double[][] {even, odd});
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

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
