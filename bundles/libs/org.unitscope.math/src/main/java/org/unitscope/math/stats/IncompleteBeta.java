package org.unitscope.math.stats;

/**
 * The regularized incomplete beta function I_x(a, b) and its complement 1 - I_x(a, b) = I_{1-x}(b, a).
 * The continued fraction of Numerical Recipes (betacf), evaluated with the modified Lentz method, converges
 * quickly for x < (a + 1) / (a + b + 2); above that the symmetry swap evaluates the other tail instead.
 * A tail beyond the switch point is thus always the continued fraction's own result, never 1 minus a number
 * close to 1, so small tails (small p-values) keep their relative accuracy: about 1e-13 for moderate a and b;
 * for huge a or b the result is only as good as the input allows, since a relative change eps of x moves I by
 * about a * eps relative. The tail on the near side is 1 minus the far one; the switch point lies near the
 * centre of the distribution, so that subtraction loses little.
 * Callers that know 1 - x exactly (the F distribution does) pass it as {@code y} to avoid the rounding of 1 - x.
 */
public final class IncompleteBeta {

    private static final double EPS = Math.ulp(1.0);
    private static final double TINY = Double.MIN_NORMAL / EPS;
    private static final int MAX_ITERATIONS = 1_000_000;

    private IncompleteBeta() {
    }

    /** I_x(a, b) for a, b > 0 and x in [0, 1]. */
    public static double regularized(double a, double b, double x) {
        return regularized(a, b, x, 1 - x);
    }

    /** I_x(a, b) with y = 1 - x given by the caller. */
    public static double regularized(double a, double b, double x, double y) {
        return tail(a, b, x, y, false);
    }

    /** 1 - I_x(a, b) = I_{1-x}(b, a), without cancellation. */
    public static double complement(double a, double b, double x) {
        return complement(a, b, x, 1 - x);
    }

    /** 1 - I_x(a, b) with y = 1 - x given by the caller. */
    public static double complement(double a, double b, double x, double y) {
        return tail(a, b, x, y, true);
    }

    private static double tail(double a, double b, double x, double y, boolean upper) {
        check(a, b, x, y);
        if (x == 0 || y == 0) {
            boolean lowerIsOne = y == 0;
            return lowerIsOne != upper ? 1.0 : 0.0;
        }
        boolean direct = x < (a + 1) / (a + b + 2);
        // the tail that the continued fraction gives accurately: I_x(a, b) when direct, else I_y(b, a)
        double accurate = direct ? lowerTail(a, b, x, y) : lowerTail(b, a, y, x);
        boolean wantAccurate = direct != upper;
        return wantAccurate ? accurate : 1.0 - accurate;
    }

    private static void check(double a, double b, double x, double y) {
        if (!(a > 0 && b > 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("incomplete beta needs finite a, b > 0: " + a + ", " + b);
        }
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("incomplete beta needs x and 1 - x in [0, 1]: " + x + ", " + y);
        }
        if (Math.abs(x + y - 1) > 1e-12) {
            throw new IllegalArgumentException("y must be 1 - x: " + x + " + " + y + " != 1");
        }
    }

    /** I_x(a, b) = x^a y^b / (a B(a, b)) * cf; only accurate where x < (a + 1) / (a + b + 2). */
    private static double lowerTail(double a, double b, double x, double y) {
        double cf = continuedFraction(a, b, x);
        return Math.exp(logPrefactor(a, b, x, y) + Math.log(cf / a));
    }

    /**
     * ln(x^a y^b / B(a, b)). With a and b both large, a ln x, b ln y and ln B(a, b) are each of order a ln a
     * and nearly cancel; taking the Stirling terms of ln B(a, b) into the first two by hand leaves
     * a ln(x (a + b) / a) + b ln(y (a + b) / b), which is small near the mean, plus small corrections.
     */
    private static double logPrefactor(double a, double b, double x, double y) {
        if (Math.min(a, b) < LogGamma.STIRLING_FROM) {
            return a * Math.log(x) + b * Math.log(y) - LogBeta.of(a, b);
        }
        return a * (Math.log(x) + Math.log1p(b / a)) + b * (Math.log(y) + Math.log1p(a / b))
                + 0.5 * Math.log(a * b / (a + b)) - LogGamma.HALF_LOG_TWO_PI - LogBeta.correction(a, b);
    }

    /** The continued fraction for I_x(a, b), modified Lentz method (Numerical Recipes 6.4, betacf). */
    private static double continuedFraction(double a, double b, double x) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = nonZero(1 - qab * x / qap);
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) <= EPS) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta continued fraction did not converge for a=" + a + ", b=" + b
                + ", x=" + x);
    }

    // Lentz: a zero denominator is replaced by a tiny one instead of stopping the recurrence
    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }
}
