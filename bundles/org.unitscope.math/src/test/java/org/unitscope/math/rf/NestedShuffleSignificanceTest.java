package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(Math.abs(Synthetic.correlation(first.vector(), Synthetic.toDouble(g)))).isGreaterThan(0.95);
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
}
