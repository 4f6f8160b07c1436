package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The studentized AWA shuffle test on streamed stimuli: level and power on model cells with known answers. */
class ShuffledUnitsTest {
    private static final int D = 36;
    private static final int N = 4000;
    private static final int R = 39;

    /** Units: 0 simple ReLU(g0 . s), 1 complex sqrt((g0 . s)^2 + (g1 . s)^2), 2 ignoring its input. */
    private static ShuffledUnits run(long seed, int shards) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] g0 = new double[D];
        double[] g1 = new double[D];
        for (int j = 0; j < D; j++) {
            g0[j] = Math.cos(0.9 * j) / Math.sqrt(D / 2.0);
            g1[j] = Math.sin(0.9 * j) / Math.sqrt(D / 2.0);
        }
        float[] patches = new float[N * D];
        float[][] columns = new float[3][N];
        for (int i = 0; i < N; i++) {
            double a = 0;
            double b = 0;
            for (int j = 0; j < D; j++) {
                double x = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
                patches[i * D + j] = (float) x;
                a += g0[j] * x;
                b += g1[j] * x;
            }
            columns[0][i] = (float) Math.max(0, a);
            columns[1][i] = (float) Math.sqrt(a * a + b * b);
            columns[2][i] = (float) random.nextDouble();
        }
        ShufflePlan plan = new ShufflePlan(N, R, seed + 1);
        ShuffledUnits whole = null;
        int per = N / shards;
        for (int s = 0; s < shards; s++) {
            ShuffledUnits part = new ShuffledUnits(columns, plan, new ActivationWeightedSums(3 * (R + 1), D, false));
            part.add(s * per, java.util.Arrays.copyOfRange(patches, s * per * D, (s + 1) * per * D), per);
            if (whole == null) {
                whole = part;
            } else {
                whole.merge(part);
            }
        }
        return whole;
    }

    @Test
    void aSimpleCellsAwaIsSignificantAndAComplexCellsIsNotMoreOftenThanTheLevel() {
        int simple = 0;
        int complex = 0;
        int ignoring = 0;
        int seeds = 20;
        for (long seed = 0; seed < seeds; seed++) {
            ShuffledUnits u = run(seed, 1);
            simple += u.awaSignificance(0).significant(0.05) ? 1 : 0;
            complex += u.awaSignificance(1).significant(0.05) ? 1 : 0;
            ignoring += u.awaSignificance(2).significant(0.05) ? 1 : 0;
        }
        assertThat(simple).isEqualTo(seeds);
        // nominal 1 of 20; binomial(20, 0.05) exceeds 3 with probability 1.6 %
        assertThat(complex).isLessThanOrEqualTo(3);
        assertThat(ignoring).isLessThanOrEqualTo(3);
    }

    @Test
    void shardsMergeToTheSameTest() {
        ShuffledUnits whole = run(3, 1);
        ShuffledUnits shards = run(3, 4);
        for (int u = 0; u < 3; u++) {
            assertThat(shards.awaSignificance(u).pValue()).isEqualTo(whole.awaSignificance(u).pValue());
        }
    }
}
