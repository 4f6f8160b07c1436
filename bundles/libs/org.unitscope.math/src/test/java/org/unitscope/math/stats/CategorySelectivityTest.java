package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CategorySelectivityTest {

    /** 12 images of 4 categories, interleaved: image i has category i % 4 (category 2 = images 2, 6, 10). */
    private static final int[] INTERLEAVED = {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3};

    @Test
    void unitDrivenOnlyByCategoryTwo() {
        double c = 2.5;
        double[] r = new double[12];
        r[2] = c;
        r[6] = c;
        r[10] = c;
        CategorySelectivity s = CategorySelectivity.of(r, INTERLEAVED, 4, 5);
        assertThat(s.best()).isEqualTo(2);
        assertThat(s.means()).containsExactly(0, 0, c, 0);
        assertThat(s.si()).isEqualTo(1.0); // (c - 0) / (c + 0)
        // n = 12 images, m = 3 at c: (sum r / n)^2 / (sum r^2 / n) = (3c/12)^2 / (3c^2/12) = 3/12,
        // S = (1 - 3/12) / (1 - 1/12) = 9/11
        assertThat(s.sparseness()).isCloseTo(9.0 / 11, within(1e-14));
        assertThat(s.anova().f()).isEqualTo(Double.POSITIVE_INFINITY); // every category constant, means differ
        assertThat(s.anova().p()).isEqualTo(0.0);
        assertThat(s.dPrime()).isNaN(); // both groups constant: no spread to scale by
        // the three category-2 images, then the zeros by lower index
        assertThat(s.topImages()).containsExactly(2, 6, 10, 0, 1);
    }

    @Test
    void constantUnit() {
        double[] r = new double[12];
        java.util.Arrays.fill(r, 0.3);
        CategorySelectivity s = CategorySelectivity.of(r, INTERLEAVED, 4, 3);
        assertThat(s.best()).isEqualTo(0); // all tied: the lowest index
        assertThat(s.si()).isEqualTo(0.0);
        assertThat(s.anova().f()).isNaN();
        assertThat(s.anova().p()).isEqualTo(1.0);
        assertThat(s.sparseness()).isCloseTo(0.0, within(1e-14));
        assertThat(s.dPrime()).isNaN();
        assertThat(s.topImages()).containsExactly(0, 1, 2);
    }

    @Test
    void mixedUnitByHand() {
        // category 0: {1, 3} mean 2; category 1: {2, 2} mean 2; category 2: {4, 6} mean 5
        // SI = (5 - 2) / (5 + 2) = 3/7; d' = 3 sqrt(3) / 2 (see SmallStatisticsTest); S = 48/175
        // ANOVA: grand mean 3, SS_b = 2*1 + 2*1 + 2*4 = 12, SS_w = 2 + 0 + 2 = 4, F = (12/2) / (4/3) = 4.5,
        // p = P(F(2, 3) > 4.5) = (1 + 2*4.5/3)^(-3/2) = 4^-1.5 = 1/8
        double[] r = {1, 2, 4, 3, 2, 6};
        int[] cat = {0, 1, 2, 0, 1, 2};
        CategorySelectivity s = CategorySelectivity.of(r, cat, 3, 2);
        assertThat(s.best()).isEqualTo(2);
        assertThat(s.means()).containsExactly(2, 2, 5);
        assertThat(s.si()).isCloseTo(3.0 / 7, within(1e-14));
        assertThat(s.dPrime()).isCloseTo(1.5 * Math.sqrt(3), within(1e-14));
        assertThat(s.sparseness()).isCloseTo(48.0 / 175, within(1e-14));
        assertThat(s.anova().f()).isCloseTo(4.5, within(1e-12));
        assertThat(s.anova().p()).isCloseTo(0.125, within(1e-13));
        assertThat(s.topImages()).containsExactly(5, 2);
    }

    @Test
    void knownMeanShiftGivesTheAnalyticDPrime() {
        // categories 0 and 1: 1 + {-1, 1, -1, 1}; category 2: 1 + delta + {-1, 1, -1, 1}
        // best = 2, mean difference delta; var_best = 4/3 (4 values at distance 1, n - 1 = 3),
        // var_rest = 8/7 (8 values at distance 1, n - 1 = 7): d' = delta / sqrt((4/3 + 8/7) / 2)
        double delta = 2.5;
        double[] e = {-1, 1, -1, 1};
        double[] r = new double[12];
        int[] cat = new int[12];
        for (int i = 0; i < 12; i++) {
            cat[i] = i / 4;
            r[i] = 1 + e[i % 4] + (cat[i] == 2 ? delta : 0);
        }
        CategorySelectivity s = CategorySelectivity.of(r, cat, 3, 1);
        assertThat(s.best()).isEqualTo(2);
        assertThat(s.dPrime()).isCloseTo(delta / Math.sqrt((4.0 / 3 + 8.0 / 7) / 2), within(1e-13));
    }

    @Test
    void largeGaussianSamplesGiveTheirPopulationDPrime() {
        // unit-variance noise with the mean of category 3 shifted by 1.5: d' -> 1.5
        Random random = new Random(7);
        int n = 20000;
        double[] r = new double[n];
        int[] cat = new int[n];
        for (int i = 0; i < n; i++) {
            cat[i] = i % 4;
            r[i] = random.nextGaussian() + (cat[i] == 3 ? 1.5 : 0);
        }
        CategorySelectivity s = CategorySelectivity.of(r, cat, 4, 0);
        assertThat(s.best()).isEqualTo(3);
        assertThat(s.dPrime()).isCloseTo(1.5, within(0.05));
        assertThat(s.anova().p()).isLessThan(1e-100);
    }

    @Test
    void pIsRoughlyUniformWithoutACategoryEffect() {
        Random random = new Random(12345);
        int units = 200;
        int significant = 0;
        int belowHalf = 0;
        int[] cat = new int[50];
        for (int i = 0; i < cat.length; i++) {
            cat[i] = i % 5;
        }
        for (int u = 0; u < units; u++) {
            double[] r = new double[cat.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = 3 + random.nextGaussian();
            }
            double p = CategorySelectivity.of(r, cat, 5, 0).anova().p();
            significant += p < 0.05 ? 1 : 0;
            belowHalf += p < 0.5 ? 1 : 0;
        }
        assertThat(significant / (double) units).isBetween(0.01, 0.10);
        assertThat(belowHalf / (double) units).isBetween(0.4, 0.6);
    }

    @Test
    void categoriesWithoutImagesAreLeftOut() {
        // category 3 has no image: its mean is NaN and it is neither "best" nor one of the "others"
        double[] r = {1, 2, 4, 3, 2, 6};
        int[] cat = {0, 1, 2, 0, 1, 2};
        CategorySelectivity s = CategorySelectivity.of(r, cat, 4, 0);
        assertThat(s.means()[3]).isNaN();
        assertThat(s.best()).isEqualTo(2);
        assertThat(s.si()).isCloseTo(3.0 / 7, within(1e-14));
        assertThat(s.anova().dfBetween()).isEqualTo(2);
    }

    @Test
    void siIsNaNWhenTheDenominatorIsZero() {
        // means 1 and -1: R_best + R_other = 0
        CategorySelectivity s = CategorySelectivity.of(new double[] {1, 1, -1, -1}, new int[] {0, 0, 1, 1}, 2, 0);
        assertThat(s.si()).isNaN();
    }

    @Test
    void rejectsUnusableInput() {
        assertThatThrownBy(() -> CategorySelectivity.of(new double[] {1, 2, 3}, new int[] {0, 0, 0}, 2, 1))
                .isInstanceOf(IllegalArgumentException.class); // one category only
        assertThatThrownBy(() -> CategorySelectivity.of(new double[] {1, 2}, new int[] {0, 2}, 2, 1))
                .isInstanceOf(IllegalArgumentException.class); // category out of range
        assertThatThrownBy(() -> CategorySelectivity.of(new double[] {1, Double.NaN}, new int[] {0, 1}, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CategorySelectivity.of(new double[] {1, 2}, new int[] {0}, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
