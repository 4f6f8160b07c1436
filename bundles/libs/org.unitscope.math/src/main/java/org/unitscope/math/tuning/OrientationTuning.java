package org.unitscope.math.tuning;

/**
 * Orientation tuning of one unit (Ringach, Shapley and Hawken 2002). Responses are treated as firing rates:
 * negative values are clamped to 0 before every metric, so that a suppressed orientation counts as no response
 * instead of pulling the vector sum the other way. Every value is NaN (and {@code peaks} 0) when no response is
 * positive.
 *
 * @param preferredDeg      0.5 * arg(sum r_k exp(2i t_k)) in degrees in [0, 180), rounded to 1e-4 degree;
 *                          NaN unless {@code tuned}
 * @param circularVariance  1 - |sum r_k exp(2i t_k)| / sum r_k: 0 for a unit driven by one orientation only,
 *                          1 for a flat curve
 * @param osi               (R_pref - R_orth) / (R_pref + R_orth): R_pref the largest sample (the first on ties),
 *                          R_orth the periodic linearly interpolated curve 90 degrees from it; in [0, 1]
 * @param bandwidthDeg      half-width at 1/sqrt(2) of the peak of the interpolated curve, averaged over both
 *                          sides; 180 when the curve never falls that low; NaN unless {@code tuned}
 * @param peaks             number of peaks of the sampled curve ({@link OrientationPeaks})
 * @param tuned             exactly one peak and circular variance below the threshold
 */
public record OrientationTuning(double preferredDeg, double circularVariance, double osi, double bandwidthDeg,
        int peaks, boolean tuned) {

    /** Default circular variance from which a unit counts as untuned. */
    public static final double DEFAULT_UNTUNED_CV = 0.9;
    private static final double PERIOD = 180.0;
    /** Preferred orientations are reported to this resolution, so that no printed value can round up to 180. */
    private static final double RESOLUTION_DEG = 1e-4;

    /** Tuning with the default threshold {@link #DEFAULT_UNTUNED_CV}. */
    public static OrientationTuning of(double[] orientationsDeg, double[] responses) {
        return of(orientationsDeg, responses, DEFAULT_UNTUNED_CV);
    }

    /**
     * Tuning from responses to {@code orientationsDeg} (any order and spacing, at least 3 points; values at the
     * same orientation modulo 180 are averaged for the interpolated curve); a unit with a circular variance of
     * {@code untunedCv} or more is untuned.
     */
    public static OrientationTuning of(double[] orientationsDeg, double[] responses, double untunedCv) {
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
            return new OrientationTuning(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, false);
        }
        PeriodicCurve curve = new PeriodicCurve(orientationsDeg, r, PERIOD);
        double cv = Math.min(1.0, Math.max(0.0, 1.0 - Math.hypot(re, im) / sum));
        int peaks = OrientationPeaks.count(curve.values());
        boolean tuned = peaks == 1 && cv < untunedCv;
        double preferred = tuned ? rounded(curve.reduce(0.5 * Math.toDegrees(Math.atan2(im, re)))) : Double.NaN;
        double bandwidth = tuned ? OrientationBandwidth.halfWidth(curve) : Double.NaN;
        return new OrientationTuning(preferred, cv, osi(curve), bandwidth, peaks, tuned);
    }

    /** OSI from the largest sample and the interpolated response orthogonal to it. */
    private static double osi(PeriodicCurve curve) {
        int peak = curve.largest();
        double atPeak = curve.value(peak);
        double atOrthogonal = curve.valueAt(curve.angle(peak) + PERIOD / 2);
        double total = atPeak + atOrthogonal;
        return total > 0 ? (atPeak - atOrthogonal) / total : Double.NaN;
    }

    private static double rounded(double deg) {
        double r = Math.round(deg / RESOLUTION_DEG) * RESOLUTION_DEG;
        return r >= PERIOD ? 0.0 : r;
    }
}
