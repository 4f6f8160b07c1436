package org.unitscope.math.rf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    @Test
    void twoByTwoHasAnalyticSpectrum() {
        SymmetricEigen e = SymmetricEigen.of(new double[] {2, 1, 1, 2}, 2);
        assertThat(e.value(0)).isCloseTo(1, within(1e-14));
        assertThat(e.value(1)).isCloseTo(3, within(1e-14));
        double r = Math.sqrt(0.5);
        assertThat(Math.abs(e.vector(1)[0])).isCloseTo(r, within(1e-14));
        assertThat(e.vector(1)[0] * e.vector(1)[1]).isCloseTo(0.5, within(1e-14));
    }

    @Test
    void diagonalAndOneByOne() {
        SymmetricEigen e = SymmetricEigen.of(new double[] {3, 0, 0, 0, -1, 0, 0, 0, 2}, 3);
        assertThat(e.values()).containsExactly(-1, 2, 3);
        assertThat(SymmetricEigen.of(new double[] {7}, 1).values()).containsExactly(7);
    }

    @Test
    void recoversAPrescribedSpectrumIncludingRepeatedValues() {
        int n = 60;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = i < 5 ? 2.0 : i - 30.5; // a fivefold eigenvalue 2 among distinct ones
        }
        double[][] q = randomOrthonormal(n, 3);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += q[k][i] * w[k] * q[k][j];
                }
                a[i * n + j] = s;
            }
        }
        double[] expected = w.clone();
        java.util.Arrays.sort(expected);
        double[] got = SymmetricEigen.of(a, n).values();
        for (int i = 0; i < n; i++) {
            assertThat(got[i]).isCloseTo(expected[i], within(1e-10));
        }
    }

    @Test
    void reconstructsARandomSymmetricMatrixWithOrthonormalVectors() {
        int n = 120;
        Random random = new Random(5);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * n + j] = a[j * n + i] = random.nextGaussian();
            }
        }
        SymmetricEigen e = SymmetricEigen.of(a, n);
        double[][] v = new double[n][];
        for (int k = 0; k < n; k++) {
            v[k] = e.vector(k);
            if (k > 0) {
                assertThat(e.value(k)).isGreaterThanOrEqualTo(e.value(k - 1));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double recon = 0;
                for (int k = 0; k < n; k++) {
                    recon += v[k][i] * e.value(k) * v[k][j];
                }
                assertThat(recon).isCloseTo(a[i * n + j], within(1e-10));
                assertThat(PrincipalAngles.dot(v[i], v[j])).isCloseTo(i == j ? 1 : 0, within(1e-10));
            }
        }
    }

    @Test
    void secondDifferenceMatrixHasItsAnalyticSpectrumAndSineVectors() {
        // tridiag(-1, 2, -1) of size n: eigenvalues 2 - 2 cos(k pi / (n + 1)), vectors sin(j k pi / (n + 1))
        int n = 200;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 2;
            if (i + 1 < n) {
                a[i * n + i + 1] = -1;
                a[(i + 1) * n + i] = -1;
            }
        }
        SymmetricEigen e = SymmetricEigen.of(a, n);
        double[] valuesOnly = SymmetricEigen.values(a, n);
        double norm = Math.sqrt((n + 1) / 2.0);
        for (int k = 1; k <= n; k++) {
            double expected = 2 - 2 * Math.cos(k * Math.PI / (n + 1));
            assertThat(e.value(k - 1)).isCloseTo(expected, within(1e-12));
            assertThat(valuesOnly[k - 1]).isCloseTo(expected, within(1e-12));
        }
        for (int k : new int[] {1, 2, 100, 200}) {
            double[] v = e.vector(k - 1);
            double sign = Math.signum(v[0]);
            for (int j = 1; j <= n; j++) {
                assertThat(sign * v[j - 1]).isCloseTo(Math.sin(j * k * Math.PI / (n + 1)) / norm, within(1e-9));
            }
        }
    }

    @Test
    void valuesAloneEqualTheFullDecompositionsValues() {
        int n = 150;
        Random random = new Random(6);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * n + j] = a[j * n + i] = random.nextGaussian();
            }
        }
        double[] full = SymmetricEigen.of(a, n).values();
        double[] only = SymmetricEigen.values(a, n);
        for (int k = 0; k < n; k++) {
            assertThat(only[k]).isCloseTo(full[k], within(1e-11));
            if (k > 0) {
                assertThat(only[k]).isGreaterThanOrEqualTo(only[k - 1]);
            }
        }
        assertThat(a[1]).isEqualTo(a[n]); // the input is left as it was
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> SymmetricEigen.of(new double[3], 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SymmetricEigen.of(new double[] {Double.NaN}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SymmetricEigen.values(new double[] {1, Double.POSITIVE_INFINITY, 0, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SymmetricEigen.values(new double[0], 0)).isInstanceOf(IllegalArgumentException.class);
    }

    static double[][] randomOrthonormal(int n, long seed) {
        Random random = new Random(seed);
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return PrincipalAngles.orthonormal(m);
    }
}
