package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogBetaTest {

    @Test
    void exactValuesInEachBranch() {
        assertThat(LogBeta.of(0.5, 0.5)).isCloseTo(Math.log(Math.PI), within(1e-14)); // both small
        assertThat(LogBeta.of(1, 1e6)).isCloseTo(-Math.log(1e6), within(1e-12)); // B(1, b) = 1/b, one large
        assertThat(LogBeta.of(25.5, 1)).isCloseTo(-Math.log(25.5), within(1e-13));
        // B(a, b) = (a-1)! (b-1)! / (a+b-1)!, both >= 10
        assertThat(LogBeta.of(12, 15)).isCloseTo(logFactorial(11) + logFactorial(14) - logFactorial(26), within(1e-12));
        assertThat(LogBeta.of(10, 10)).isCloseTo(logFactorial(9) + logFactorial(9) - logFactorial(19), within(1e-12));
    }

    @Test
    void recurrenceHoldsForHugeArguments() {
        // B(a, b) = B(a + 1, b) (a + b) / a: the huge log-Gamma terms must cancel to leave ln((a+b)/a)
        for (double[] ab : new double[][] {{1e6, 1e6}, {3e5, 40}, {0.5, 2e7}, {12, 9e5}}) {
            double a = ab[0];
            double b = ab[1];
            assertThat(LogBeta.of(a, b) - LogBeta.of(a + 1, b)).as("a=%s b=%s", a, b)
                    .isCloseTo(Math.log((a + b) / a), within(1e-9));
        }
    }

    @Test
    void symmetric() {
        assertThat(LogBeta.of(3.3, 47.1)).isEqualTo(LogBeta.of(47.1, 3.3));
        assertThat(LogBeta.of(13.3, 47.1)).isCloseTo(LogBeta.of(47.1, 13.3), within(1e-13));
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }
}
