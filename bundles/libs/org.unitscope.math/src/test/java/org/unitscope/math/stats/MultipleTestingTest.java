package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MultipleTestingTest {

    // m = 5, q = 0.05: BH thresholds k q / m = 0.01, 0.02, 0.03, 0.04, 0.05
    // sorted p: 0.001 (rank 1, <= 0.01), 0.025 (rank 2, > 0.02), 0.028 (rank 3, <= 0.03), 0.5, 0.9
    // step-up: the largest passing rank is 3, so ranks 1-3 are discoveries, 0.025 included although it
    // misses its own threshold. Bonferroni: 0.05 / 5 = 0.01, only 0.001 passes.
    private static final double[] P = {0.028, 0.001, 0.9, 0.025, 0.5};

    @Test
    void benjaminiHochbergStepsUp() {
        assertThat(BenjaminiHochberg.significant(P, 0.05)).containsExactly(true, true, false, true, false);
    }

    @Test
    void bonferroniDividesAlphaByM() {
        assertThat(Bonferroni.significant(P, 0.05)).containsExactly(false, true, false, false, false);
    }

    @Test
    void benjaminiHochbergWithTiesAndNoDiscoveries() {
        // four p = 0.04 with q = 0.05: rank 4 threshold 0.05 -> all four; Bonferroni 0.0125 -> none
        double[] ties = {0.04, 0.04, 0.04, 0.04};
        assertThat(BenjaminiHochberg.significant(ties, 0.05)).containsExactly(true, true, true, true);
        assertThat(Bonferroni.significant(ties, 0.05)).containsExactly(false, false, false, false);
        // q = 0.01, m = 2: thresholds 0.005, 0.01; 0.02 and 0.03 pass neither
        assertThat(BenjaminiHochberg.significant(new double[] {0.03, 0.02}, 0.01)).containsExactly(false, false);
        // q = 0.05, m = 3: thresholds 0.0167, 0.0333, 0.05 -> all three
        assertThat(BenjaminiHochberg.significant(new double[] {0.03, 0.01, 0.02}, 0.05)).containsExactly(true, true, true);
    }

    @Test
    void emptyFamilies() {
        assertThat(BenjaminiHochberg.significant(new double[0], 0.05)).isEmpty();
        assertThat(Bonferroni.significant(new double[0], 0.05)).isEmpty();
    }

    @Test
    void rejectsNonPValues() {
        assertThatThrownBy(() -> BenjaminiHochberg.significant(new double[] {0.1, Double.NaN}, 0.05))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bonferroni.significant(new double[] {1.2}, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenjaminiHochberg.significant(new double[] {0.1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
