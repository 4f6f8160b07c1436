package org.unitscope.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FDistributionTest {

    private static final double[] FS = {1e-12, 1e-4, 0.05, 0.5, 1, 2.5, 10, 100, 1e4, 1e8};

    @Test
    void twoNumeratorDegreesOfFreedomHaveAClosedForm() {
        // d1 = 2: P(F > x) = (1 + 2x/d2)^(-d2/2)
        for (double d2 : new double[] {1, 2, 3, 7.5, 30, 1000, 2e5}) {
            FDistribution f = new FDistribution(2, d2);
            for (double x : FS) {
                double p = Math.exp(-(d2 / 2) * Math.log1p(2 * x / d2));
                if (p > 1e-300) {
                    Relative.close(f.survival(x), p, 1e-10, "P(F(2, " + d2 + ") > " + x + ")");
                }
                Relative.close(f.cdf(x), -Math.expm1(-(d2 / 2) * Math.log1p(2 * x / d2)), 1e-10,
                        "P(F(2, " + d2 + ") <= " + x + ")");
            }
        }
    }

    @Test
    void pValuesDownTo1e300KeepTheirRelativeAccuracy() {
        // d1 = 2, d2 = 10: P(F > x) = (1 + x/5)^-5; pick x for p = 1e-50, 1e-150, 1e-290
        FDistribution f = new FDistribution(2, 10);
        for (double exponent : new double[] {50, 150, 290}) {
            double x = 5 * Math.expm1(exponent * Math.log(10) / 5);
            double p = Math.exp(-5 * Math.log1p(x / 5));
            Relative.close(f.survival(x), p, 1e-10, "p near 1e-" + exponent);
        }
    }

    @Test
    void oneAndOneDegreeIsASquaredCauchy() {
        // F(1, 1) = T^2 with T ~ t(1) = Cauchy: P(F > x) = P(|T| > sqrt x) = 1 - (2/pi) atan(sqrt x)
        FDistribution f = new FDistribution(1, 1);
        for (double x : FS) {
            double t = Math.sqrt(x);
            // 1 - (2/pi) atan(t) = (2/pi) atan(1/t): the second form has no cancellation for large t
            Relative.close(f.survival(x), 2 / Math.PI * Math.atan(1 / t), 1e-12, "P(F(1,1) > " + x + ")");
            Relative.close(f.cdf(x), 2 / Math.PI * Math.atan(t), 1e-12, "P(F(1,1) <= " + x + ")");
        }
    }

    @Test
    void oneAndTwoDegreesIsASquaredStudentT2() {
        // t(2): P(|T| > t) = 1 - t / sqrt(2 + t^2) = 2 / ((sqrt(2 + t^2) + t) sqrt(2 + t^2))
        FDistribution f = new FDistribution(1, 2);
        for (double x : FS) {
            double t = Math.sqrt(x);
            double s = Math.sqrt(2 + x);
            Relative.close(f.survival(x), 2 / ((s + t) * s), 1e-12, "P(F(1,2) > " + x + ")");
        }
    }

    @Test
    void swappingTheDegreesOfFreedomInvertsF() {
        // P(F(d1, d2) > x) = P(F(d2, d1) < 1/x); with d2 = 2 the right side is closed-form for any d1
        for (double d1 : new double[] {1, 3.5, 17, 400}) {
            FDistribution f = new FDistribution(d1, 2);
            for (double x : FS) {
                double closed = -Math.expm1(-(d1 / 2) * Math.log1p(2 / (x * d1)));
                Relative.close(f.survival(x), closed, 1e-10, "P(F(" + d1 + ", 2) > " + x + ")");
            }
        }
        FDistribution a = new FDistribution(3.5, 7);
        FDistribution b = new FDistribution(7, 3.5);
        for (double x : FS) {
            Relative.close(a.survival(x), b.cdf(1 / x), 1e-12, "swap at " + x);
        }
    }

    @Test
    void cdfAndSurvivalAddUpToOne() {
        FDistribution f = new FDistribution(9, 45);
        for (double x : FS) {
            assertThat(f.cdf(x) + f.survival(x)).isCloseTo(1.0, within(1e-14));
        }
    }

    @Test
    void edges() {
        FDistribution f = new FDistribution(3, 12);
        assertThat(f.survival(0)).isEqualTo(1.0);
        assertThat(f.survival(-2)).isEqualTo(1.0);
        assertThat(f.cdf(0)).isEqualTo(0.0);
        assertThat(f.survival(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
        assertThat(f.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(f.survival(Double.NaN)).isNaN();
        assertThat(f.survival(Double.MAX_VALUE)).isEqualTo(0.0);
        assertThat(f.cdf(Double.MIN_VALUE)).isEqualTo(0.0);
        assertThatThrownBy(() -> new FDistribution(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FDistribution(2, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
