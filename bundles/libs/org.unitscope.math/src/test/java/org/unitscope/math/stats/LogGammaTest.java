package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogGammaTest {

    @Test
    void factorialsOnBothSidesOfTheStirlingSwitch() {
        double logFactorial = 0; // ln (n-1)!
        for (int n = 1; n <= 170; n++) {
            if (n > 1) {
                logFactorial += Math.log(n - 1);
            }
            assertThat(LogGamma.of(n)).as("ln Gamma(%d)", n).isCloseTo(logFactorial, within(1e-13 * Math.max(1, logFactorial)));
        }
    }

    @Test
    void halfIntegers() {
        // Gamma(1/2) = sqrt(pi), Gamma(3/2) = sqrt(pi)/2, Gamma(n + 1/2) = (2n)! sqrt(pi) / (4^n n!)
        assertThat(LogGamma.of(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(LogGamma.of(1.5)).isCloseTo(0.5 * Math.log(Math.PI) - Math.log(2), within(1e-14));
        double twelveFactorial = 479001600.0;
        double sixFactorial = 720.0;
        assertThat(LogGamma.of(6.5)).isCloseTo(Math.log(twelveFactorial * Math.sqrt(Math.PI) / (Math.pow(4, 6) * sixFactorial)),
                within(1e-13));
    }

    @Test
    void recurrenceHoldsAcrossEveryBranch() {
        // ln Gamma(x + 1) - ln Gamma(x) = ln x: reflection (x < 0.5), Lanczos, and the Stirling series (x >= 10)
        for (double x : new double[] {1e-6, 0.01, 0.3, 0.49, 0.7, 2.2, 9.3, 9.99, 10.0, 10.5, 77.7, 1e4, 1e7}) {
            assertThat(LogGamma.of(x + 1) - LogGamma.of(x)).as("x=%s", x)
                    .isCloseTo(Math.log(x), within(2e-14 * Math.max(1, Math.abs(LogGamma.of(x)))));
        }
    }

    @Test
    void nearZeroItBehavesLikeMinusLogX() {
        // Gamma(x) = 1/x - gamma + O(x) for small x
        double x = 1e-9;
        assertThat(LogGamma.of(x)).isCloseTo(-Math.log(x) - 0.5772156649015329 * x, within(1e-14));
    }

    @Test
    void rejectsNonPositive() {
        assertThatThrownBy(() -> LogGamma.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogGamma.of(-1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogGamma.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
