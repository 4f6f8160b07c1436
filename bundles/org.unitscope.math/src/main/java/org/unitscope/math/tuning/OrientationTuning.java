package org.unitscope.math.tuning;

/**
 * Orientation tuning of one unit (Ringach, Shapley and Hawken 2002). Responses are treated as firing rates:
 * negative values are clamped to 0 before every metric, so that a suppressed orientation counts as no response
 * instead of pulling the vector sum the other way. All four values are NaN when no response is positive.
 *
 * @param preferredDeg      0.5 * arg(sum r_k exp(2i t_k)), in degrees in [0, 180); arbitrary for a flat curve
 *                          (circular variance 1), where the vector sum vanishes
 * @param circularVariance  1 - |sum r_k exp(2i t_k)| / sum r_k: 0 for a unit driven by one orientation only,
 *                          1 for a flat curve
 * @param osi               (R_pref - R_orth) / (R_pref + R_orth) with R read from the periodic
 *                          linearly interpolated curve at the preferred orientation and 90 degrees away
 * @param bandwidthDeg      half-width at 1/sqrt(2) of the peak of the interpolated curve, averaged over both
 *                          sides; 180 when the curve never falls that low
 */
public record OrientationTuning(double preferredDeg, double circularVariance, double osi, double bandwidthDeg) {

    private static final double PERIOD = 180.0;

    /**
     * Tuning from responses to {@code orientationsDeg} (any order and spacing, at least 3 points; values at the
     * same orientation modulo 180 are averaged for the interpolated curve).
     */
    public static OrientationTuning of(double[] orientationsDeg, double[] responses) {
        Checks.curve("orientations", orientationsDeg, responses, 3);
        double[] r = Checks.rectified(responses);
        double sum = 0;
        double re = 0;
        double im = 0;
        for (int k = 0; k < r.length; k++) {
            double doubled = Math.toRadians(2.0 * orientationsDeg[k]);
            sum += r[k];
            re += r[k] * Math.cos(doubled);
            im += r[k] * Math.sin(doubled);
        }
        if (!(sum > 0)) {
            return new OrientationTuning(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        PeriodicCurve curve = new PeriodicCurve(orientationsDeg, r, PERIOD);
        double preferred = curve.reduce(0.5 * Math.toDegrees(Math.atan2(im, re)));
        if (PERIOD - preferred < 1e-9) {
            preferred = 0.0; // -0.0000001 wraps to 179.9999999, which prints as 180: report it as 0
        }
        double cv = Math.min(1.0, Math.max(0.0, 1.0 - Math.hypot(re, im) / sum));
        double atPreferred = curve.valueAt(preferred);
        double atOrthogonal = curve.valueAt(preferred + PERIOD / 2);
        double total = atPreferred + atOrthogonal;
        double osi = total > 0 ? (atPreferred - atOrthogonal) / total : Double.NaN;
        return new OrientationTuning(preferred, cv, osi, OrientationBandwidth.halfWidth(curve));
    }
}
