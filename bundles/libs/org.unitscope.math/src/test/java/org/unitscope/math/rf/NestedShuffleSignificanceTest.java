package org.unitscope.math.rf;

import org.unitscope.math.stats.Correlation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.unitscope.math.gabor.Gabor;

class NestedShuffleSignificanceTest {

    private static final int SIZE = 8;
    private static final int D = SIZE * SIZE;
    private static final int N = 20_000;
    private static final int R = 50;
    private static final double ALPHA = 0.05;
    private static final Gabor GABOR = new Gabor(60, 0.2, 0, 1.8, 0, 0);

    @Test
    void simpleCellHasOneSuppressiveAxisAlongItsGabor() {
        float[] g = GABOR.kernel(SIZE);
        float[] s = Synthetic.whiteNoise(N, D, 21);
        NestedShuffleTest.Result result = new NestedShuffleTest(R, ALPHA, 10, 1)
                .run(s, Synthetic.simpleCell(s, N, D, g), N, D);
        System.out.printf("simple cell: %d excitatory, %d suppressive%n", result.excitatory().size(),
                result.suppressive().size());
        assertThat(result.axisCount()).isBetween(1, 2);
        // the rectified filter halves the variance along G: 2 - pi/2 - 1 (see AwaAwcTest)
        NestedShuffleTest.Axis first = result.suppressive().get(0);
        assertThat(first.eigenvalue()).isCloseTo(1 - Math.PI / 2, within(0.05));
        assertThat(first.eigenvalue()).isLessThan(first.nullLower());
        assertThat(Math.abs(Correlation.pearson(first.vector(), Synthetic.toDouble(g)))).isGreaterThan(0.95);
    }

    @Test
    void complexCellHasTwoExcitatoryAxesSpanningItsPair() {
        float[] g0 = GABOR.kernel(SIZE);
        float[] g90 = GABOR.quadrature().kernel(SIZE);
        float[] s = Synthetic.whiteNoise(N, D, 22);
        NestedShuffleTest.Result result = new NestedShuffleTest(R, ALPHA, 10, 2)
                .run(s, Synthetic.complexCell(s, N, D, g0, g90), N, D);
        System.out.printf("complex cell: %d excitatory, %d suppressive%n", result.excitatory().size(),
                result.suppressive().size());
        assertThat(result.excitatory()).hasSize(2);
        double[] angles = PrincipalAngles.degrees(
                new double[][] {Synthetic.toDouble(g0), Synthetic.toDouble(g90)},
                new double[][] {result.excitatory().get(0).vector(), result.excitatory().get(1).vector()});
        assertThat(angles[1]).isLessThan(10.0);
    }

    @Test
    void aUnitIgnoringItsInputRarelyGetsAnAxis() {
        float[] s = Synthetic.whiteNoise(N, D, 23);
        List<Integer> counts = IntStream.range(0, 20).parallel()
                .mapToObj(seed -> new NestedShuffleTest(R, ALPHA, 10, 100 + seed)
                        .run(s, Synthetic.ignoringUnit(N, 1000 + seed), N, D).axisCount())
                .toList();
        long falsePositives = counts.stream().filter(c -> c > 0).count();
        System.out.println("ignoring unit: axes per seed " + counts);
        assertThat(falsePositives).isLessThanOrEqualTo(3);
    }

    @Test
    void streamedShardsThroughThePlanGiveTheSameResultAsRun() {
        float[] g0 = GABOR.kernel(SIZE);
        float[] g90 = GABOR.quadrature().kernel(SIZE);
        int n = 6000;
        float[] s = Synthetic.whiteNoise(n, D, 24);
        float[] a = Synthetic.complexCell(s, n, D, g0, g90);
        NestedShuffleTest test = new NestedShuffleTest(R, ALPHA, 4, 3);
        NestedShuffleTest.Result whole = test.run(s, a, n, D);
        // as an engine would: regenerate (here: slice) the stimuli batch by batch, in shards, and merge
        ShufflePlan plan = test.plan(n);
        ActivationWeightedSums merged = new ActivationWeightedSums(R + 1, D, true);
        int[] cuts = {0, 1000, 2500, 2501, 6000};
        for (int c = cuts.length - 2; c >= 0; c--) {
            int from = cuts[c];
            int count = cuts[c + 1] - from;
            ActivationWeightedSums shard = new ActivationWeightedSums(R + 1, D, true);
            shard.add(Arrays.copyOfRange(s, from * D, (from + count) * D), plan.shuffledActivations(a, from, count),
                    count);
            merged.merge(shard);
        }
        List<double[]> nulls = new ArrayList<>();
        for (int r = 1; r <= R; r++) {
            nulls.add(Awc.of(merged, r).matrix());
        }
        NestedShuffleTest.Result streamed = test.test(Awc.of(merged, 0).matrix(), nulls, D);
        assertThat(whole.excitatory()).hasSize(2);
        assertThat(streamed.excitatory()).hasSameSizeAs(whole.excitatory());
        assertThat(streamed.suppressive()).hasSameSizeAs(whole.suppressive());
        for (int k = 0; k < whole.excitatory().size(); k++) {
            NestedShuffleTest.Axis w = whole.excitatory().get(k);
            NestedShuffleTest.Axis t = streamed.excitatory().get(k);
            assertThat(t.eigenvalue()).isCloseTo(w.eigenvalue(), within(1e-9));
            assertThat(t.nullUpper()).isCloseTo(w.nullUpper(), within(1e-9));
            assertThat(Math.abs(PrincipalAngles.dot(t.vector(), w.vector()))).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void testRejectsMatricesOfTheWrongShapeOrCount() {
        NestedShuffleTest test = new NestedShuffleTest(R, ALPHA, 3, 0);
        List<double[]> nulls = new ArrayList<>();
        for (int r = 0; r < R; r++) {
            nulls.add(new double[4]);
        }
        assertThatThrownBy(() -> test.test(new double[4], nulls.subList(0, R - 1), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> test.test(new double[3], nulls, 2)).isInstanceOf(IllegalArgumentException.class);
        nulls.set(7, new double[9]);
        assertThatThrownBy(() -> test.test(new double[4], nulls, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void restrictedMatrixIsPmpPlusAShiftOnTheAcceptedAxes() {
        int d = 9;
        java.util.Random random = new java.util.Random(4);
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                m[i * d + j] = m[j * d + i] = random.nextGaussian();
            }
        }
        double[][] q = SymmetricEigenTest.randomOrthonormal(d, 8);
        List<double[]> accepted = List.of(q[0], q[1]);
        double[] got = NestedShuffleTest.restrictedMatrix(m, d, accepted);
        double frobenius = 0;
        for (double v : m) {
            frobenius += v * v;
        }
        double c = 1 + 2 * Math.sqrt(frobenius);
        double[] p = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                p[i * d + j] = (i == j ? 1 : 0) - q[0][i] * q[0][j] - q[1][i] * q[1][j];
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double pmp = 0;
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        pmp += p[i * d + a] * m[a * d + b] * p[b * d + j];
                    }
                }
                double expected = pmp + c * (q[0][i] * q[0][j] + q[1][i] * q[1][j]);
                assertThat(got[i * d + j]).isCloseTo(expected, within(1e-12 * c));
            }
        }
    }

    @Test
    void nullBoundsAreRankBased() {
        // R = 50, alpha = 0.05: (1 + k) / 51 <= 0.025 only for k = 0, so the bound is the null extreme itself
        assertThat(NestedShuffleTest.allowedExceedances(50, 0.05)).isEqualTo(0);
        // R = 199: (1 + k) / 200 <= 0.025 up to k = 4
        assertThat(NestedShuffleTest.allowedExceedances(199, 0.05)).isEqualTo(4);
        assertThat(NestedShuffleTest.allowedExceedances(30, 0.05)).isNegative();
        assertThat(NestedShuffleTest.orderStatistic(new double[] {3, 1, 2, 4}, 1)).isEqualTo(2);
    }

    @Test
    void restrictionKeepsTheSpectrumOffTheAcceptedAxes() {
        // diag(5, -2, 1): with e1 accepted, the complement's spectrum is {-2, 1}
        double[] m = {5, 0, 0, 0, -2, 0, 0, 0, 1};
        SymmetricEigen e = NestedShuffleTest.restricted(m, 3, List.of(new double[] {1, 0, 0}));
        assertThat(e.value(0)).isCloseTo(-2, within(1e-12));
        assertThat(e.value(1)).isCloseTo(1, within(1e-12));
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> new NestedShuffleTest(1, 0.05, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NestedShuffleTest(50, 1.0, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NestedShuffleTest(30, 0.05, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NestedShuffleTest(50, 0.05, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStopRequestEndsTheTestBeforeTheNextEigenDecomposition() {
        int d = 6;
        int r = 19;
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        List<double[]> matrices = new ArrayList<>();
        for (int m = 0; m <= r; m++) {
            double[] a = new double[d * d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j <= i; j++) {
                    a[i * d + j] = a[j * d + i] = random.nextGaussian();
                }
            }
            matrices.add(a);
        }
        NestedShuffleTest test = new NestedShuffleTest(r, 0.1, 3, 1);
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();

        assertThatThrownBy(() -> test.test(matrices.get(0), matrices.subList(1, r + 1), d, () -> checks.incrementAndGet() > 4))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        // observed + 3 nulls decomposed, the 5th check stopped it
        assertThat(checks.get()).isEqualTo(5);
        assertThat(test.test(matrices.get(0), matrices.subList(1, r + 1), d, () -> false).axisCount())
                .isEqualTo(test.test(matrices.get(0), matrices.subList(1, r + 1), d).axisCount());
    }
}
