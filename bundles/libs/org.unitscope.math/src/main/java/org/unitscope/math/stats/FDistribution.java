package org.unitscope.math.stats;

/**
 * Fisher's F distribution with (d1, d2) degrees of freedom: P(F <= f) = I_x(d1/2, d2/2) with
 * x = d1 f / (d1 f + d2). The survival function (the p-value of an F test) is computed as its own tail,
 * so p-values down to about 1e-300 keep a relative accuracy near 1e-10.
 */
public final class FDistribution {
    private final double d1;
    private final double d2;

    public FDistribution(double d1, double d2) {
        if (!(d1 > 0 && d2 > 0) || Double.isInfinite(d1) || Double.isInfinite(d2)) {
            throw new IllegalArgumentException("F distribution needs finite degrees of freedom > 0: " + d1 + ", " + d2);
        }
        this.d1 = d1;
        this.d2 = d2;
    }

    /** P(F <= f); 0 for f <= 0, NaN for NaN. */
    public double cdf(double f) {
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 0.0;
        }
        double[] xy = betaArgument(f);
        return IncompleteBeta.regularized(d1 / 2, d2 / 2, xy[0], xy[1]);
    }

    /** P(F > f), the p-value of an observed F; 1 for f <= 0, 0 for f = +infinity, NaN for NaN. */
    public double survival(double f) {
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1.0;
        }
        double[] xy = betaArgument(f);
        return IncompleteBeta.complement(d1 / 2, d2 / 2, xy[0], xy[1]);
    }

    /**
     * x = d1 f / (d1 f + d2) and 1 - x = d2 / (d1 f + d2), each computed directly (1 - x would lose the
     * digits of a small 1 - x), in a form that neither overflows for huge f nor underflows for tiny f.
     */
    private double[] betaArgument(double f) {
        double u = d1 * f;
        if (u <= d2) {
            double s = u + d2;
            return new double[] {u / s, d2 / s};
        }
        double r = d2 / u; // < 1; 0 when u overflowed to infinity
        return new double[] {1 / (1 + r), r / (1 + r)};
    }

    public double d1() {
        return d1;
    }

    public double d2() {
        return d2;
    }
}
