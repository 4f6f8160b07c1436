package org.unitscope.math.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TridiagonalEigenTest {

    @Test
    void valuesAndLastComponentsMatchTheFullDecomposition() {
        for (int n : new int[] {1, 2, 5, 60}) {
            Random random = new Random(n);
            double[] diagonal = new double[n];
            double[] off = new double[n - 1];
            double[] dense = new double[n * n];
            for (int i = 0; i < n; i++) {
                diagonal[i] = random.nextGaussian();
                dense[i * n + i] = diagonal[i];
                if (i + 1 < n) {
                    off[i] = i == 2 ? 0 : random.nextGaussian();
                    dense[i * n + i + 1] = off[i];
                    dense[(i + 1) * n + i] = off[i];
                }
            }
            TridiagonalEigen fast = TridiagonalEigen.of(diagonal, off);
            SmallEigen full = SmallEigen.of(dense, n);
            for (int k = 0; k < n; k++) {
                assertThat(fast.values()[k]).as("n %d value %d", n, k).isCloseTo(full.values()[k], within(1e-12));
                assertThat(Math.abs(fast.last()[k])).as("n %d last %d", n, k)
                        .isCloseTo(Math.abs(full.vectors()[k][n - 1]), within(1e-10));
            }
        }
    }

    @Test
    void aDiagonalMatrixIsItsOwnSpectrum() {
        TridiagonalEigen e = TridiagonalEigen.of(new double[] {3, -1, 2}, new double[] {0, 0});
        assertThat(e.values()).containsExactly(-1, 2, 3);
        assertThat(e.last()).containsExactly(0, 1, 0);
    }
}
