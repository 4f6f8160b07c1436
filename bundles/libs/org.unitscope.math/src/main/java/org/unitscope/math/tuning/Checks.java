package org.unitscope.math.tuning;

/** Argument checks shared by the tuning metrics, so that each rejects bad input with the same messages. */
final class Checks {

    private Checks() {
    }

    /** Both arrays present, equally long, at least {@code minPoints} long and finite. */
    static void curve(String xName, double[] x, double[] responses, int minPoints) {
        if (x == null || responses == null) {
            throw new IllegalArgumentException(xName + " and responses must not be null");
        }
        if (x.length != responses.length) {
            throw new IllegalArgumentException(x.length + " " + xName + " but " + responses.length + " responses");
        }
        if (x.length < minPoints) {
            throw new IllegalArgumentException("need at least " + minPoints + " points, got " + x.length);
        }
        finite(xName, x);
        finite("responses", responses);
    }

    static void finite(String name, double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be finite: " + v);
            }
        }
    }

    /** Copy with negative values set to 0: the metrics treat responses as firing rates, which cannot be negative. */
    static double[] rectified(double[] responses) {
        double[] r = new double[responses.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = Math.max(0.0, responses[k]);
        }
        return r;
    }
}
