package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IncompleteBetaTest {

    private static final double[] XS = {1e-300, 1e-20, 1e-6, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999999};

    @Test
    void aEqualsOne() {
        // I_x(1, b) = 1 - (1 - x)^b; the complement (1 - x)^b
        for (double b : new double[] {0.5, 1, 3.7, 10, 250}) {
            for (double x : XS) {
                double lower = -Math.expm1(b * Math.log1p(-x));
                double upper = Math.exp(b * Math.log1p(-x));
                Relative.close(IncompleteBeta.regularized(1, b, x), lower, 1e-12, "I_" + x + "(1, " + b + ")");
                if (upper > 1e-300) {
                    Relative.close(IncompleteBeta.complement(1, b, x), upper, 1e-12, "1 - I_" + x + "(1, " + b + ")");
                }
            }
        }
    }

    @Test
    void bEqualsOne() {
        // I_x(a, 1) = x^a
        for (double a : new double[] {0.5, 1, 2.5, 10, 250}) {
            for (double x : XS) {
                double expected = Math.exp(a * Math.log(x));
                if (expected > 1e-300) {
                    Relative.close(IncompleteBeta.regularized(a, 1, x), expected, 1e-12, "I_" + x + "(" + a + ", 1)");
                }
                Relative.close(IncompleteBeta.complement(a, 1, x), -Math.expm1(a * Math.log(x)), 1e-12,
                        "1 - I_" + x + "(" + a + ", 1)");
            }
        }
    }

    @Test
    void symmetry() {
        // I_x(a, b) = 1 - I_{1-x}(b, a), checked on both sides of the continued fraction's switch point
        for (double[] ab : new double[][] {{2.5, 7}, {0.5, 0.5}, {30, 3}, {15, 400}}) {
            for (double x : new double[] {0.05, 0.2, 0.5, 0.8, 0.95}) {
                double a = ab[0];
                double b = ab[1];
                assertThat(IncompleteBeta.regularized(a, b, x))
                        .as("a=%s b=%s x=%s", a, b, x)
                        .isCloseTo(1 - IncompleteBeta.regularized(b, a, 1 - x), within(1e-14));
                assertThat(IncompleteBeta.complement(a, b, x))
                        .isCloseTo(IncompleteBeta.regularized(b, a, 1 - x), within(1e-14));
            }
        }
    }

    @Test
    void integerArgumentsMatchTheBinomialTail() {
        // for integer a, b: I_x(a, b) = P(Binomial(a + b - 1, x) >= a); pmf from exact log-factorials
        int[][] cases = {{3, 4}, {30, 40}, {200, 300}, {20, 5000}, {2000, 2000}};
        for (int[] ab : cases) {
            int a = ab[0];
            int b = ab[1];
            double mean = (double) a / (a + b);
            for (double x : new double[] {0.2 * mean, 0.7 * mean, mean, 1.2 * mean, Math.min(0.999, 2 * mean)}) {
                double[] tails = binomialTails(a + b - 1, x, a);
                if (tails[1] > 1e-300) {
                    Relative.close(IncompleteBeta.regularized(a, b, x), tails[1], 1e-10,
                            "I_" + x + "(" + a + ", " + b + ")");
                }
                if (tails[0] > 1e-300) {
                    Relative.close(IncompleteBeta.complement(a, b, x), tails[0], 1e-10,
                            "1 - I_" + x + "(" + a + ", " + b + ")");
                }
            }
        }
    }

    @Test
    void farTailsWithLargeParameters() {
        // x^a / (a B(a, b)) ~ 1e-240 and (1 - x)^b ~ 1e-180: the prefactor must not round x (a + b) / a to 0
        int a = 12;
        int b = 15;
        double small = 1e-20;
        Relative.close(IncompleteBeta.regularized(a, b, small), binomialTails(a + b - 1, small, a)[1], 1e-10, "lower tail");
        double large = 1 - 1e-12;
        Relative.close(IncompleteBeta.complement(a, b, large), binomialTails(a + b - 1, large, a)[0], 1e-10, "upper tail");
    }

    @Test
    void symmetricParametersAtOneHalfGiveOneHalf() {
        // I_{1/2}(a, a) = 1/2 by symmetry; for huge a the prefactor's terms are ~1e6 and must cancel to ~1e-12
        for (double a : new double[] {0.5, 3, 50, 1e4, 1e6, 1e7}) {
            assertThat(IncompleteBeta.regularized(a, a, 0.5)).as("a=%s", a).isCloseTo(0.5, within(1e-12));
            assertThat(IncompleteBeta.complement(a, a, 0.5)).as("a=%s", a).isCloseTo(0.5, within(1e-12));
        }
    }

    @Test
    void endpoints() {
        assertThat(IncompleteBeta.regularized(2, 3, 0)).isEqualTo(0.0);
        assertThat(IncompleteBeta.regularized(2, 3, 1)).isEqualTo(1.0);
        assertThat(IncompleteBeta.complement(2, 3, 0)).isEqualTo(1.0);
        assertThat(IncompleteBeta.complement(2, 3, 1)).isEqualTo(0.0);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> IncompleteBeta.regularized(0, 1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IncompleteBeta.regularized(1, -1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IncompleteBeta.regularized(1, 1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IncompleteBeta.regularized(1, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IncompleteBeta.regularized(1, 1, 0.3, 0.3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {P(X < k), P(X >= k)} for X ~ Binomial(n, x), each summed over its own terms (no 1 - ...). */
    private static double[] binomialTails(int n, double x, int k) {
        double[] logFactorial = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        double below = 0;
        double above = 0;
        for (int j = 0; j <= n; j++) {
            double pmf = Math.exp(logFactorial[n] - logFactorial[j] - logFactorial[n - j] + j * Math.log(x)
                    + (n - j) * Math.log1p(-x));
            if (j < k) {
                below += pmf;
            } else {
                above += pmf;
            }
        }
        return new double[] {below, above};
    }
}
