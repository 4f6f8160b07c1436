package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShufflePlanTest {

    @Test
    void everyShuffleIsAPermutationAndShuffleZeroTheIdentity() {
        for (int n : new int[] {1, 2, 3, 4, 5, 17, 64, 1000, 4097}) {
            ShufflePlan plan = new ShufflePlan(n, 5, 7);
            for (int r = 0; r <= 5; r++) {
                boolean[] seen = new boolean[n];
                for (int i = 0; i < n; i++) {
                    int s = plan.source(r, i);
                    assertThat(s).isBetween(0, n - 1);
                    assertThat(seen[s]).as("n %d shuffle %d source %d twice", n, r, s).isFalse();
                    seen[s] = true;
                    if (r == 0) {
                        assertThat(s).isEqualTo(i);
                    }
                }
            }
        }
    }

    @Test
    void deterministicInTheSeedAndDifferentAcrossShufflesAndSeeds() {
        int n = 500;
        ShufflePlan a = new ShufflePlan(n, 3, 11);
        ShufflePlan b = new ShufflePlan(n, 3, 11);
        ShufflePlan c = new ShufflePlan(n, 3, 12);
        int sameShuffle = 0;
        int sameSeed = 0;
        for (int i = 0; i < n; i++) {
            assertThat(a.source(2, i)).isEqualTo(b.source(2, i));
            sameShuffle += a.source(1, i) == a.source(2, i) ? 1 : 0;
            sameSeed += a.source(1, i) == c.source(1, i) ? 1 : 0;
        }
        // independent random permutations agree in ~1 place
        assertThat(sameShuffle).isLessThan(8);
        assertThat(sameSeed).isLessThan(8);
    }

    @Test
    void looksLikeUniformRandomPermutations() {
        // fixed points average 1; displacement i -> source uncorrelated; every source decile about equally hit
        // from the first decile of stimuli
        int n = 10_000;
        int shuffles = 200;
        ShufflePlan plan = new ShufflePlan(n, shuffles, 3);
        double fixed = 0;
        double correlation = 0;
        long[] deciles = new long[10];
        for (int r = 1; r <= shuffles; r++) {
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                int s = plan.source(r, i);
                fixed += s == i ? 1 : 0;
                sxy += (i - (n - 1) / 2.0) * (s - (n - 1) / 2.0);
                if (i < n / 10) {
                    deciles[s * 10 / n]++;
                }
            }
            correlation += sxy / (n * (n * (double) n - 1) / 12.0);
        }
        assertThat(fixed / shuffles).isCloseTo(1, within(0.4));
        assertThat(correlation / shuffles).isCloseTo(0, within(0.01));
        double expected = shuffles * (n / 10) / 10.0;
        for (long count : deciles) {
            assertThat((double) count).isCloseTo(expected, within(0.05 * expected));
        }
    }

    @Test
    void shuffledActivationsOfARangeAreColumnsOfTheWholeTable() {
        int n = 37;
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = i * 10;
        }
        ShufflePlan plan = new ShufflePlan(n, 4, 5);
        float[] all = plan.shuffledActivations(a, 0, n);
        float[] part = plan.shuffledActivations(a, 10, 5);
        for (int i = 0; i < 5; i++) {
            for (int r = 0; r <= 4; r++) {
                assertThat(part[i * 5 + r]).isEqualTo(all[(10 + i) * 5 + r]).isEqualTo(a[plan.source(r, 10 + i)]);
            }
        }
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new ShufflePlan(-1, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShufflePlan(3, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        ShufflePlan plan = new ShufflePlan(3, 2, 0);
        assertThatThrownBy(() -> plan.source(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> plan.source(1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> plan.shuffledActivations(new float[3], 2, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> plan.shuffledActivations(new float[2], 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
