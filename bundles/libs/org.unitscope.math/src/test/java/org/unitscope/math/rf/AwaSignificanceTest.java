package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.unitscope.math.gabor.Gabor;

class AwaSignificanceTest {

    private static final int SIZE = 8;
    private static final int D = SIZE * SIZE;
    private static final int N = 20_000;
    private static final int R = 50;
    private static final Gabor GABOR = new Gabor(60, 0.2, 0, 1.8, 0, 0);

    /** The observed AWA and those of R shuffles, accumulated together as R + 1 units. */
    static AwaSignificance.Result test(float[] stimuli, float[] activations, long seed) {
        ShufflePlan plan = new ShufflePlan(N, R, seed);
        ActivationWeightedSums sums = new ActivationWeightedSums(R + 1, D, false);
        sums.add(stimuli, plan.shuffledActivations(activations, 0, N), N);
        List<double[]> nulls = new ArrayList<>();
        for (int r = 1; r <= R; r++) {
            nulls.add(Awa.of(sums, r).filter());
        }
        return AwaSignificance.of(Awa.of(sums, 0).filter(), nulls);
    }

    @Test
    void smallCaseCountsTiesAsExtreme() {
        AwaSignificance.Result r = AwaSignificance.of(new double[] {1, 1},
                List.of(new double[] {0, 1}, new double[] {1, 1}, new double[] {2, 0}, new double[] {0, 0}));
        assertThat(r.statistic()).isEqualTo(2);
        assertThat(r.pValue()).isEqualTo(3.0 / 5); // 2 and 4 are >= 2
        assertThat(r.nullMedian()).isEqualTo(1.5); // of 0, 1, 2, 4
        assertThat(r.shuffles()).isEqualTo(4);
        assertThat(r.significant(0.6)).isTrue();
        assertThat(r.significant(0.5)).isFalse();
    }

    @Test
    void simpleCellAwaIsSignificantBeyondEveryShuffle() {
        float[] s = Synthetic.whiteNoise(N, D, 31);
        AwaSignificance.Result r = test(s, Synthetic.simpleCell(s, N, D, GABOR.kernel(SIZE)), 1);
        System.out.printf("simple cell AWA: |awa|^2 %.4f, null median %.5f, p %.4f%n", r.statistic(),
                r.nullMedian(), r.pValue());
        assertThat(r.pValue()).isEqualTo(1.0 / (R + 1));
        assertThat(r.significant(0.05)).isTrue();
        assertThat(r.statistic()).isGreaterThan(100 * r.nullMedian());
    }

    @Test
    void complexCellsAndInputIgnoringUnitsAreRarelySignificant() {
        float[] g0 = GABOR.kernel(SIZE);
        float[] g90 = GABOR.quadrature().kernel(SIZE);
        // every seed its own stimuli and shuffles: 20 independent tests per kind of unit
        List<Double> complexP = IntStream.range(0, 20).parallel().mapToObj(seed -> {
            float[] s = Synthetic.whiteNoise(N, D, 500 + seed);
            return test(s, Synthetic.complexCell(s, N, D, g0, g90), 200 + seed).pValue();
        }).toList();
        List<Double> ignoringP = IntStream.range(0, 20).parallel().mapToObj(seed -> {
            float[] s = Synthetic.whiteNoise(N, D, 600 + seed);
            return test(s, Synthetic.ignoringUnit(N, 300 + seed), 400 + seed).pValue();
        }).toList();
        long complexHits = complexP.stream().filter(p -> p <= 0.05).count();
        long ignoringHits = ignoringP.stream().filter(p -> p <= 0.05).count();
        System.out.println("complex cell AWA p per seed " + complexP);
        System.out.println("ignoring unit AWA p per seed " + ignoringP);
        // nominal 5 %: 1 of 20 expected; 4 or more has probability ~1.6 % for a test at level
        assertThat(complexHits).isLessThanOrEqualTo(4);
        assertThat(ignoringHits).isLessThanOrEqualTo(4);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> AwaSignificance.of(new double[] {1}, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AwaSignificance.of(new double[] {1}, List.of(new double[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AwaSignificance.of(new double[] {Double.NaN}, List.of(new double[] {1})))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
