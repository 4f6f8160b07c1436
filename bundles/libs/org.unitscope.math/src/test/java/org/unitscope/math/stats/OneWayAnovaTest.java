package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OneWayAnovaTest {

    @Test
    void equalGroupSizesByHand() {
        // groups {1,2,3} {4,5,6} {7,8,9}: means 2, 5, 8, grand mean 5
        // SS_between = 3 (2-5)^2 + 3 (5-5)^2 + 3 (8-5)^2 = 27 + 0 + 27 = 54
        // SS_within  = (1 + 0 + 1) * 3 = 6
        // F = (54 / 2) / (6 / 6) = 27;  p = P(F(2, 6) > 27) = (1 + 2*27/6)^(-3) = 10^-3
        OneWayAnova a = OneWayAnova.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}, new double[] {7, 8, 9});
        assertThat(a.ssBetween()).isCloseTo(54, within(1e-12));
        assertThat(a.ssWithin()).isCloseTo(6, within(1e-12));
        assertThat(a.dfBetween()).isEqualTo(2);
        assertThat(a.dfWithin()).isEqualTo(6);
        assertThat(a.f()).isCloseTo(27, within(1e-12));
        assertThat(a.p()).isCloseTo(1e-3, within(1e-15));
    }

    @Test
    void unequalGroupSizesByHand() {
        // groups {1,3} {4,6,8} {5,7,9,11}: means 2, 6, 8, grand mean 54/9 = 6
        // SS_between = 2 (2-6)^2 + 3 (6-6)^2 + 4 (8-6)^2 = 32 + 0 + 16 = 48
        // SS_within  = (1+1) + (4+0+4) + (9+1+1+9) = 2 + 8 + 20 = 30
        // F = (48 / 2) / (30 / 6) = 4.8;  p = (1 + 2*4.8/6)^(-3) = 2.6^-3
        OneWayAnova a = OneWayAnova.of(new double[] {1, 3}, new double[] {4, 6, 8}, new double[] {5, 7, 9, 11});
        assertThat(a.ssBetween()).isCloseTo(48, within(1e-12));
        assertThat(a.ssWithin()).isCloseTo(30, within(1e-12));
        assertThat(a.f()).isCloseTo(4.8, within(1e-12));
        assertThat(a.p()).isCloseTo(Math.pow(2.6, -3), within(1e-14));
    }

    @Test
    void orderOfGroupsAndValuesDoesNotMatter() {
        OneWayAnova a = OneWayAnova.of(new double[] {1, 3}, new double[] {4, 6, 8}, new double[] {5, 7, 9, 11});
        OneWayAnova b = OneWayAnova.of(new double[] {11, 9, 5, 7}, new double[] {3, 1}, new double[] {8, 4, 6});
        assertThat(b.f()).isCloseTo(a.f(), within(1e-12));
        assertThat(b.p()).isCloseTo(a.p(), within(1e-14));
    }

    @Test
    void constantGroupsWithDifferentMeansArePerfectlySeparated() {
        OneWayAnova a = OneWayAnova.of(new double[] {0.1, 0.1, 0.1}, new double[] {0.7, 0.7}, new double[] {0.1, 0.1});
        assertThat(a.ssWithin()).isEqualTo(0.0);
        assertThat(a.f()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(a.p()).isEqualTo(0.0);
    }

    @Test
    void allValuesEqualHasNoFAndPOne() {
        // 0.1 is not exact in binary: a naive mean would leave rounding noise in both sums of squares
        OneWayAnova a = OneWayAnova.of(new double[] {0.1, 0.1, 0.1}, new double[] {0.1, 0.1}, new double[] {0.1, 0.1});
        assertThat(a.f()).isNaN();
        assertThat(a.p()).isEqualTo(1.0);
        assertThat(a.ssBetween()).isEqualTo(0.0);
        assertThat(a.ssWithin()).isEqualTo(0.0);
    }

    @Test
    void equalMeansWithSpreadGiveFZeroAndPOne() {
        OneWayAnova a = OneWayAnova.of(new double[] {1, 3}, new double[] {0, 4}, new double[] {2, 2});
        assertThat(a.f()).isEqualTo(0.0);
        assertThat(a.p()).isEqualTo(1.0);
    }

    @Test
    void rejectsUnusableDesigns() {
        assertThatThrownBy(() -> OneWayAnova.of(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OneWayAnova.of(new double[] {1, 2}, new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OneWayAnova.of(new double[] {1}, new double[] {2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OneWayAnova.of(new double[] {1, Double.NaN}, new double[] {2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
