package org.unitscope.math.stats;

/**
 * Natural logarithm of the Gamma function for positive arguments. Lanczos approximation (g = 7, 9 terms,
 * absolute error about 1e-15) near the origin; for the large arguments where log-Gamma values are subtracted
 * from each other, {@link #stirlingCorrection} gives the part that is left after the closed-form Stirling
 * terms, so that callers can cancel those terms analytically instead of numerically.
 */
public final class LogGamma {

    static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    /** Arguments from which the Stirling series below is used; at 10 its first omitted term is below 1e-17. */
    static final double STIRLING_FROM = 10.0;

    private static final double G = 7.0;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    // B_2k / (2k (2k - 1)) for k = 1..7: the asymptotic series of ln Gamma(x) - Stirling's formula
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156};

    private LogGamma() {
    }

    /** ln Gamma(x) for x > 0. */
    public static double of(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("ln Gamma needs a finite x > 0: " + x);
        }
        if (x >= STIRLING_FROM) {
            return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x);
        }
        if (x < 0.5) {
            // reflection: the Lanczos sum is accurate for Re(x) >= 0.5 only
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - of(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + G + 0.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** ln Gamma(x) - [(x - 1/2) ln x - x + ln(2 pi)/2], for x >= {@link #STIRLING_FROM}. */
    static double stirlingCorrection(double x) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        double sum = 0;
        for (int k = STIRLING.length - 1; k >= 0; k--) {
            sum = sum * inv2 + STIRLING[k];
        }
        return sum * inv;
    }
}
