package org.unitscope.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockLanczosTest {

    private static RitzPairs solve(double[] m, int d, List<double[]> deflated, BlockLanczos.Settings settings,
            long seed) {
        BlockLanczos problem = new BlockLanczos(d, deflated, settings, seed);
        LanczosBatch.solve(List.of(problem), new int[] {0}, new DenseOperators(d, List.of(m)), () -> false);
        return problem.result();
    }

    private static double angleDegrees(double[] a, double[] b) {
        double c = Math.abs(Vectors.dot(a, b)) / (Vectors.norm(a) * Vectors.norm(b));
        return Math.toDegrees(Math.acos(Math.min(1, c)));
    }

    @Test
    void extremeEigenpairsOfARandomMatrixMatchTheDenseDecompositionForEveryBlockSize() {
        int d = 150;
        double[] m = DenseOperators.randomSymmetric(d, 1);
        SmallEigen dense = SmallEigen.of(m, d);
        for (int b : new int[] {1, 2, 3, 5}) {
            RitzPairs r = solve(m, d, List.of(), new BlockLanczos.Settings(b, 3, 3, 1e-10, d, true), 7);
            assertThat(r.converged()).isTrue();
            for (int k = 0; k < 3; k++) {
                double low = dense.values()[k];
                double high = dense.values()[d - 1 - k];
                assertThat(r.lowest()[k]).isCloseTo(low, within(1e-9 * Math.abs(low)));
                assertThat(r.highest()[k]).isCloseTo(high, within(1e-9 * Math.abs(high)));
                assertThat(angleDegrees(r.lowestVectors()[k], dense.vectors()[k])).isLessThan(1e-3);
                assertThat(angleDegrees(r.highestVectors()[k], dense.vectors()[d - 1 - k])).isLessThan(1e-3);
            }
        }
    }

    @Test
    void wellSeparatedExtremesConvergeInAKrylovSpaceMuchSmallerThanTheDimension() {
        int d = 400;
        double[] values = new double[d];
        for (int k = 0; k < d; k++) {
            values[k] = -1 + 2.0 * k / (d - 1);
        }
        values[0] = -2;
        values[d - 1] = 3;
        values[d - 2] = 2.5;
        double[] m = DenseOperators.withSpectrum(values, 9);
        RitzPairs r = solve(m, d, List.of(), new BlockLanczos.Settings(2, 1, 2, 1e-10, d, false), 3);
        System.out.printf("separated extremes, d = %d: Krylov space %d, %d blocks%n", d, r.basisSize(), r.iterations());
        assertThat(r.basisSize()).isLessThan(100);
        assertThat(r.lowest()[0]).isCloseTo(-2, within(1e-9));
        assertThat(r.highest()).containsExactly(new double[] {3, 2.5}, within(1e-9));
    }

    @Test
    void deflatedVectorsAreLeftOutOfTheSpectrum() {
        int d = 60;
        double[] values = new double[d];
        for (int k = 0; k < d; k++) {
            values[k] = k - 20;
        }
        double[] m = DenseOperators.withSpectrum(values, 3);
        SmallEigen dense = SmallEigen.of(m, d);
        // deflate the top and the bottom eigenvectors: what remains runs from -19 to 38
        List<double[]> deflated = List.of(dense.vectors()[d - 1], dense.vectors()[0]);
        RitzPairs r = solve(m, d, deflated, new BlockLanczos.Settings(2, 1, 1, 1e-12, d, true), 5);
        assertThat(r.lowest()[0]).isCloseTo(-19, within(1e-9));
        assertThat(r.highest()[0]).isCloseTo(38, within(1e-9));
        for (double[] q : deflated) {
            assertThat(Math.abs(Vectors.dot(q, r.highestVectors()[0]))).isLessThan(1e-10);
            assertThat(Math.abs(Vectors.dot(q, r.lowestVectors()[0]))).isLessThan(1e-10);
        }
    }

    @Test
    void aKrylovSpaceThatSpansTheComplementIsExact() {
        int d = 10;
        double[] m = DenseOperators.randomSymmetric(d, 2);
        SmallEigen dense = SmallEigen.of(m, d);
        List<double[]> deflated = List.of(dense.vectors()[4]);
        RitzPairs r = solve(m, d, deflated, new BlockLanczos.Settings(4, 9, 0, 1e-300, 100, false), 3);
        assertThat(r.basisSize()).isEqualTo(9);
        assertThat(r.residual()).isZero();
        assertThat(r.converged()).isTrue();
        List<Double> expected = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            if (k != 4) {
                expected.add(dense.values()[k]);
            }
        }
        for (int k = 0; k < 9; k++) {
            assertThat(r.lowest()[k]).isCloseTo(expected.get(k), within(1e-12));
        }
    }

    @Test
    void aRepeatedExtremeEigenvalueIsFoundTwiceByABlockOfTwo() {
        int d = 80;
        double[] values = new double[d];
        for (int k = 0; k < d; k++) {
            values[k] = Math.sin(k);
        }
        values[d - 1] = 3;
        values[d - 2] = 3;
        double[] m = DenseOperators.withSpectrum(values, 4);
        RitzPairs r = solve(m, d, List.of(), new BlockLanczos.Settings(2, 0, 2, 1e-10, d, true), 1);
        assertThat(r.highest()[0]).isCloseTo(3, within(1e-9));
        assertThat(r.highest()[1]).isCloseTo(3, within(1e-9));
        assertThat(Math.abs(Vectors.dot(r.highestVectors()[0], r.highestVectors()[1]))).isLessThan(1e-8);
    }

    @Test
    void theSameSeedGivesTheSameResultBitForBitAndAnotherSeedAgreesToTheTolerance() {
        int d = 90;
        double[] m = DenseOperators.randomSymmetric(d, 5);
        BlockLanczos.Settings s = new BlockLanczos.Settings(1, 1, 1, 1e-10, d, false);
        RitzPairs a = solve(m, d, List.of(), s, 11);
        RitzPairs b = solve(m, d, List.of(), s, 11);
        RitzPairs c = solve(m, d, List.of(), s, 12);
        assertThat(b.highest()).containsExactly(a.highest());
        assertThat(b.lowest()).containsExactly(a.lowest());
        assertThat(c.highest()[0]).isCloseTo(a.highest()[0], within(1e-8));
    }

    @Test
    void theZeroOperatorConvergesToZero() {
        int d = 20;
        RitzPairs r = solve(new double[d * d], d, List.of(), new BlockLanczos.Settings(2, 1, 1, 1e-8, d, true), 1);
        assertThat(r.converged()).isTrue();
        assertThat(r.lowest()[0]).isZero();
        assertThat(r.highest()[0]).isZero();
    }

    @Test
    void aBasisCapBelowConvergenceIsReportedAsNotConverged() {
        int d = 200;
        double[] m = DenseOperators.randomSymmetric(d, 6);
        RitzPairs r = solve(m, d, List.of(), new BlockLanczos.Settings(1, 1, 1, 1e-12, 8, false), 1);
        assertThat(r.converged()).isFalse();
        assertThat(r.basisSize()).isLessThanOrEqualTo(8);
        assertThat(r.residual()).isGreaterThan(1e-12);
    }

    @Test
    void problemsInOneBatchGiveWhatTheyGiveAlone() {
        int d = 70;
        List<double[]> matrices = List.of(DenseOperators.randomSymmetric(d, 7), DenseOperators.randomSymmetric(d, 8));
        BlockLanczos.Settings s = new BlockLanczos.Settings(2, 2, 2, 1e-9, d, false);
        List<BlockLanczos> together = List.of(new BlockLanczos(d, List.of(), s, 1), new BlockLanczos(d, List.of(), s, 2));
        int rounds = LanczosBatch.solve(together, new int[] {0, 1}, new DenseOperators(d, matrices), () -> false);
        assertThat(rounds).isGreaterThan(1);
        assertThat(together.get(0).result().highest()).containsExactly(solve(matrices.get(0), d, List.of(), s, 1).highest());
        assertThat(together.get(1).result().lowest()).containsExactly(solve(matrices.get(1), d, List.of(), s, 2).lowest());
    }

    @Test
    void aStopRequestEndsTheBatchWithACancellation() {
        int d = 30;
        BlockLanczos problem = new BlockLanczos(d, List.of(), new BlockLanczos.Settings(1, 1, 1, 1e-8, d, false), 1);
        assertThatThrownBy(() -> LanczosBatch.solve(List.of(problem), new int[] {0},
                new DenseOperators(d, List.of(DenseOperators.randomSymmetric(d, 1))), () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void rejectsBadSettingsAndShapes() {
        assertThatThrownBy(() -> new BlockLanczos.Settings(0, 1, 1, 1e-8, 10, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockLanczos.Settings(1, 0, 0, 1e-8, 10, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockLanczos.Settings(1, 1, 1, 0, 10, false))
                .isInstanceOf(IllegalArgumentException.class);
        BlockLanczos problem = new BlockLanczos(5, List.of(), new BlockLanczos.Settings(1, 1, 1, 1e-8, 5, false), 1);
        assertThatThrownBy(() -> problem.supply(new double[][] {new double[4]}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(problem::result).isInstanceOf(IllegalStateException.class);
    }
}
