package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Lifetime sparseness, top indices and d' on their own. */
class SmallStatisticsTest {

    @Test
    void sparsenessByHand() {
        // r = {1,3,2,2,4,6}: n = 6, sum r / n = 3, sum r^2 / n = 70/6
        // S = (1 - 9 / (70/6)) / (1 - 1/6) = (1 - 27/35) / (5/6) = 48/175
        assertThat(LifetimeSparseness.of(new double[] {1, 3, 2, 2, 4, 6})).isCloseTo(48.0 / 175, within(1e-14));
        assertThat(LifetimeSparseness.of(new double[] {0, 0, 7, 0})).isCloseTo(1.0, within(1e-14));
        assertThat(LifetimeSparseness.of(new double[] {0.1, 0.1, 0.1, 0.1, 0.1})).isCloseTo(0.0, within(1e-14));
        assertThat(LifetimeSparseness.of(new double[] {0, 0, 0})).isNaN();
        assertThat(LifetimeSparseness.of(new double[] {5})).isNaN();
    }

    @Test
    void topIndicesLargestFirstTiesByLowerIndex() {
        double[] v = {1, 5, 3, 5, 0, 3};
        assertThat(TopIndices.of(v, 4)).containsExactly(1, 3, 2, 5);
        assertThat(TopIndices.of(v, 10)).containsExactly(1, 3, 2, 5, 0, 4);
        assertThat(TopIndices.of(v, 0)).isEmpty();
        assertThatThrownBy(() -> TopIndices.of(v, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dPrimeByHand() {
        // a = {4, 6}: mean 5, var 2;  b = {1, 3, 2, 2}: mean 2, var (1 + 1) / 3 = 2/3
        // d' = 3 / sqrt((2 + 2/3) / 2) = 3 / sqrt(4/3) = 3 sqrt(3) / 2
        assertThat(DPrime.of(new double[] {4, 6}, new double[] {1, 3, 2, 2})).isCloseTo(1.5 * Math.sqrt(3), within(1e-14));
        assertThat(DPrime.of(new double[] {1, 3, 2, 2}, new double[] {4, 6})).isCloseTo(-1.5 * Math.sqrt(3), within(1e-14));
        assertThat(DPrime.of(new double[] {2, 2}, new double[] {0, 0, 0})).isNaN();
    }
}
