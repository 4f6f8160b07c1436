package org.unitscope.rf.awc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.rf.EstimationControl;
import org.unitscope.api.rf.PatchMatrix;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.math.rf.PrincipalAngles;
import org.unitscope.math.rf.matrixfree.MatrixFreeAwc;
import org.unitscope.math.rf.matrixfree.PatchPass;
import org.unitscope.math.rf.matrixfree.PatchSource;
import org.unitscope.math.rf.matrixfree.ShardedPasses;
import org.unitscope.math.rf.matrixfree.ShuffledColumns;

/**
 * The estimator's matrix-free path (block Lanczos on the AWC operator) against its streaming path (d x d sums, full
 * spectrum) on the same ground-truth units: a complex cell, a simple cell and a silent unit on 10 x 10 white noise.
 */
class MatrixFreePathTest {
    private static final int D = WhiteNoiseUnits.D;
    private static final int N = WhiteNoiseUnits.N;
    private static final int K = 4;
    private final ActivationWeightedCovarianceEstimator estimator = new ActivationWeightedCovarianceEstimator();
    private final WhiteNoiseUnits truth = WhiteNoiseUnits.get();
    private final float[][] columns = {truth.columns[0], truth.columns[1], truth.silent};
    private final Parameters matrixFree = parameters(0);
    private final Parameters streaming = parameters(600);
    private final PatchMatrix patches = new PatchMatrix() {
        @Override
        public int stimuli() {
            return N;
        }

        @Override
        public int dimension() {
            return D;
        }

        @Override
        public void read(int first, int count, float[] out) {
            System.arraycopy(truth.patches, first * D, out, 0, count * D);
        }
    };

    private Parameters parameters(int matrixFreeFrom) {
        return Parameters.resolve(estimator.info(), Map.of("shuffles", 19, "alpha", 0.1, "matrixFreeFrom", matrixFreeFrom,
                "eigenpairs", K));
    }

    private RfResult matrixFree(float[][] units, int firstUnit, EstimationControl control) {
        return estimator.estimate(patches, new UnitActivations(units, 11), firstUnit, matrixFree, control);
    }

    private RfResult streamed() {
        RfAccumulator a = estimator.newAccumulator(D, new UnitActivations(columns, 11), streaming);
        a.add(0, truth.patches, N);
        return a.finish();
    }

    @Test
    void theMatrixFreePathIsChosenFromTheDeclaredDimensionOnOrWhenWhitening() {
        assertThat(estimator.usesPatchMatrix(D, matrixFree)).isTrue();
        assertThat(estimator.usesPatchMatrix(D, streaming)).isFalse();
        assertThat(estimator.usesPatchMatrix(600, streaming)).isTrue();
        Parameters whiten = Parameters.resolve(estimator.info(), Map.of("whiten", true));
        assertThat(estimator.usesPatchMatrix(D, whiten)).isTrue();
        // Krylov blocks: (R + 1) x basis x d doubles dominate
        assertThat(estimator.workingBytesPerUnit(1600, 20_000, parameters(0))).isGreaterThan(20L * 400 * 1600 * 8);
        // blocked dense passes hold a block's (R + 1) d x d second moments beside the totals
        Parameters blocked = Parameters.resolve(estimator.info(), Map.of("shuffles", 19, "alpha", 0.1, "matrixFreeFrom", 600,
                "eigenpairs", K, "passBlock", 1000));
        assertThat(estimator.workingBytesPerUnit(D, N, blocked) - estimator.workingBytesPerUnit(D, N, streaming))
                .isEqualTo(20L * D * D * 8);
    }

    @Test
    void extremeEigenvaluesAndAcceptedAxesMatchTheStreamingFullSpectrum() {
        RfResult krylov = matrixFree(columns, 0, control(() -> false));
        RfResult dense = streamed();
        for (int u = 0; u < 2; u++) {
            double[] spectrum = dense.arrays().get("eigenvalues")[u];
            double scale = Math.max(Math.abs(spectrum[0]), Math.abs(spectrum[D - 1]));
            double[] highest = krylov.arrays().get("eigenvalues_highest")[u];
            double[] lowest = krylov.arrays().get("eigenvalues_lowest")[u];
            for (int i = 0; i < K; i++) {
                assertThat(Math.abs(highest[i] - spectrum[i])).isLessThan(1e-6 * scale);
                assertThat(Math.abs(lowest[i] - spectrum[D - 1 - i])).isLessThan(1e-6 * scale);
            }
            assertThat(krylov.arrays().get("axes")[u]).containsExactly(dense.arrays().get("axes")[u]);
            for (String kind : List.of("excitatory", "suppressive")) {
                int count = (int) (kind.equals("excitatory") ? dense.arrays().get("axes")[u][0] : dense.arrays().get("axes")[u][1]);
                if (count > 0) {
                    double[] angles = PrincipalAngles.degrees(axes(krylov, kind, u, count), axes(dense, kind, u, count));
                    assertThat(angles[count - 1]).isLessThan(0.1);
                }
            }
        }
        assertThat(krylov.arrays().get("axes")[0]).containsExactly(2.0, 0.0);
        assertThat(krylov.arrays().get("axes")[1]).containsExactly(0.0, 1.0);
        assertThat(krylov.arrays().get("converged")[0][0]).isEqualTo(1.0);
        assertThat(krylov.arrays()).doesNotContainKey("eigenvalues"); // no full spectrum on the Krylov path
        assertThat(krylov.predicted()).containsOnlyKeys(0, 1);
    }

    @Test
    void aSilentUnitGetsNanRowsAndNoModel() {
        RfResult r = matrixFree(new float[][] {truth.silent}, 2, control(() -> false));
        assertThat(r.arrays().get("eigenvalues_highest")[0]).containsOnly(Double.NaN);
        assertThat(r.arrays().get("axes")[0]).containsOnly(Double.NaN);
        assertThat(r.arrays().get("excitatory")[0]).hasSize(K * D).containsOnly(Double.NaN);
        assertThat(r.predicted()).isEmpty();
    }

    @Test
    void aUnitEstimatedInAGroupOfItsOwnGetsTheSameNumbersAsInTheWholeLayer() {
        RfResult whole = matrixFree(columns, 0, control(() -> false));
        RfResult alone = matrixFree(new float[][] {columns[1]}, 1, control(() -> false));
        for (String name : whole.arrays().keySet()) {
            assertThat(alone.arrays().get(name)[0]).as(name).isEqualTo(whole.arrays().get(name)[1]);
        }
    }

    @Test
    void passBlocksOfEveryRowGiveTheUnblockedBitsAndSmallerBlocksTheSameAxesToRounding() {
        RfResult unblocked = matrixFree(columns, 0, control(() -> false));
        RfResult oneBlock = blocked(N);
        for (String name : unblocked.arrays().keySet()) {
            assertThat(oneBlock.arrays().get(name)).as(name).isEqualTo(unblocked.arrays().get(name));
        }
        RfResult blocks = blocked(700);
        assertThat(blocks.arrays().get("axes")).isEqualTo(unblocked.arrays().get("axes"));
        double[] truthHighest = unblocked.arrays().get("eigenvalues_highest")[0];
        double[] highest = blocks.arrays().get("eigenvalues_highest")[0];
        for (int i = 0; i < K; i++) {
            assertThat(Math.abs(highest[i] - truthHighest[i])).isLessThan(1e-9 * Math.abs(truthHighest[0]));
        }
    }

    private RfResult blocked(int passBlock) {
        Parameters p = Parameters.resolve(estimator.info(), Map.of("shuffles", 19, "alpha", 0.1, "matrixFreeFrom", 0,
                "eigenpairs", K, "passBlock", passBlock));
        return estimator.estimate(patches, new UnitActivations(columns, 11), 0, p, control(() -> false));
    }

    /**
     * A matrix whose passes run elsewhere (a sharded run's fold): the pass and the weights go out as JDK types, here to
     * three in-JVM shards of blocks of 700 rows rebuilt from them, and the estimate is the blocked one of this JVM, bit for
     * bit, without a row read here.
     */
    @Test
    void passesRunThroughTheMatrixsRunnerGiveTheBlockedBitsWithoutReadingARowHere() {
        int[] calls = new int[1];
        java.util.function.Function<Object[], double[][]> runner = a -> {
            calls[0]++;
            PatchPass pass = new PatchPass(PatchPass.Kind.valueOf((String) a[1]), (double[]) a[2], (int[]) a[3], (double[]) a[4],
                    (Integer) a[5], (int[]) a[6]);
            ShuffledColumns weights = a[7] == null ? null : new ShuffledColumns((float[][]) a[7], (Integer) a[8], (Long) a[9]);
            return ShardedPasses.local(PatchSource.of(truth.patches, N, D), MatrixFreeAwc.Kernels.java(), (Integer) a[0], 3)
                    .run(pass, weights, () -> false);
        };
        PatchMatrix elsewhere = new PatchMatrix() {
            @Override
            public int stimuli() {
                return N;
            }

            @Override
            public int dimension() {
                return D;
            }

            @Override
            public void read(int first, int count, float[] out) {
                throw new AssertionError("a row was read in this JVM");
            }

            @Override
            public java.util.Optional<java.util.function.Function<Object[], double[][]>> passes() {
                return java.util.Optional.of(runner);
            }
        };
        Parameters p = Parameters.resolve(estimator.info(), Map.of("shuffles", 19, "alpha", 0.1, "matrixFreeFrom", 0,
                "eigenpairs", K, "passBlock", 700));
        RfResult remote = estimator.estimate(elsewhere, new UnitActivations(columns, 11), 0, p, control(() -> false));
        RfResult here = blocked(700);
        assertThat(calls[0]).isPositive();
        for (String name : here.arrays().keySet()) {
            assertThat(remote.arrays().get(name)).as(name).isEqualTo(here.arrays().get(name));
        }
        assertThatThrownBy(() -> estimator.estimate(elsewhere, new UnitActivations(columns, 11), 0, matrixFree, control(() -> false)))
                .hasMessageContaining("'passBlock'");
    }

    @Test
    void aStopRequestEndsTheEstimationWithCancellation() {
        assertThatThrownBy(() -> matrixFree(columns, 0, control(() -> true))).isInstanceOf(CancellationException.class);
    }

    private static double[][] axes(RfResult r, String kind, int unit, int count) {
        double[] row = r.arrays().get(kind)[unit];
        double[][] out = new double[count][];
        for (int a = 0; a < count; a++) {
            out[a] = Arrays.copyOfRange(row, a * D, (a + 1) * D);
        }
        return out;
    }

    private static EstimationControl control(java.util.function.BooleanSupplier stop) {
        return new EstimationControl() {
            @Override
            public boolean stopRequested() {
                return stop.getAsBoolean();
            }

            @Override
            public void message(String line) {
            }
        };
    }
}
