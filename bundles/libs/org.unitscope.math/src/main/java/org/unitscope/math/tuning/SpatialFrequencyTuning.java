package org.unitscope.math.tuning;

/**
 * Spatial-frequency tuning of one unit, analysed on a log2(SF) axis. Negative responses are clamped to 0 first
 * (responses are treated as firing rates).
 * <ul>
 * <li>Preferred SF: the curve is resampled at about 0.01-octave steps over the sampled range by linear
 * interpolation and smoothed with a Gaussian of {@code smoothingOctaves}, so that the peak can fall between the
 * measured SFs; its argmax is the preferred SF.</li>
 * <li>Cut-offs, bandwidth and class come from the <b>unsmoothed</b> curve, so that smoothing can neither widen
 * the bandwidth nor move the ends: from the largest measured response, the cut-offs are where the log2-linear
 * interpolation first falls below half of it on each side; the class is read off the ends (low-pass if the
 * lowest SF still gives at least half the peak, high-pass if the highest does, broadband if both, band-pass if
 * neither).</li>
 * </ul>
 * When no response is positive, every value is NaN and the class is {@link PassClass#BROADBAND}; callers should
 * reject unresponsive units before asking for a tuning.
 *
 * @param preferredSf      SF at the peak of the smoothed curve, cycles/pixel
 * @param bandwidthOctaves log2(highCutoff / lowCutoff), NaN unless {@link PassClass#BAND_PASS}
 * @param lowCutoff        SF below the peak where the curve falls to half its peak, NaN if it never does
 * @param highCutoff       SF above the peak where the curve falls to half its peak, NaN if it never does
 * @param passClass        from the responses at the lowest and highest SF
 */
public record SpatialFrequencyTuning(double preferredSf, double bandwidthOctaves, double lowCutoff,
        double highCutoff, PassClass passClass) {

    /** Resampling step on the log2(SF) axis, in octaves. */
    static final double STEP_OCTAVES = 0.01;

    /**
     * Tuning from responses at {@code sfs} (cycles/pixel, positive, any order, at least two distinct values;
     * responses at the same SF are averaged). {@code smoothingOctaves} is the Gaussian's standard deviation in
     * octaves, 0 for none.
     */
    public static SpatialFrequencyTuning of(double[] sfs, double[] responses, double smoothingOctaves) {
        Checks.curve("spatial frequencies", sfs, responses, 2);
        for (double sf : sfs) {
            if (!(sf > 0)) {
                throw new IllegalArgumentException("spatial frequencies must be > 0: " + sf);
            }
        }
        if (!(smoothingOctaves >= 0) || Double.isInfinite(smoothingOctaves)) {
            throw new IllegalArgumentException("smoothingOctaves must be finite and >= 0: " + smoothingOctaves);
        }
        double[] rectified = Checks.rectified(responses);
        LogFrequencyCurve.Samples points = LogFrequencyCurve.samples(sfs, rectified);
        int top = largest(points.values());
        double peak = points.values()[top];
        if (!(peak > 0)) {
            return new SpatialFrequencyTuning(Double.NaN, Double.NaN, Double.NaN, Double.NaN, PassClass.BROADBAND);
        }
        double half = peak / 2.0;
        double low = crossing(points, top, half, -1);
        double high = crossing(points, top, half, 1);
        double[] v = points.values();
        PassClass passClass = classify(v[0] >= half, v[v.length - 1] >= half);
        double bandwidth = passClass == PassClass.BAND_PASS ? log2(high / low) : Double.NaN;
        return new SpatialFrequencyTuning(preferred(sfs, rectified, smoothingOctaves), bandwidth, low, high, passClass);
    }

    /** Argmax of the resampled, smoothed curve. */
    private static double preferred(double[] sfs, double[] rectified, double smoothingOctaves) {
        LogFrequencyCurve curve = LogFrequencyCurve.resample(sfs, rectified, STEP_OCTAVES);
        double[] smoothed = GaussianSmoother.smooth(curve.values(), smoothingOctaves / curve.step());
        return Math.pow(2.0, curve.startOctave() + largest(smoothed) * curve.step());
    }

    private static PassClass classify(boolean lowEndHigh, boolean highEndHigh) {
        if (lowEndHigh && highEndHigh) {
            return PassClass.BROADBAND;
        }
        if (lowEndHigh) {
            return PassClass.LOW_PASS;
        }
        return highEndHigh ? PassClass.HIGH_PASS : PassClass.BAND_PASS;
    }

    /** SF where the interpolated curve first drops below {@code level} walking from sample {@code from}; NaN if never. */
    private static double crossing(LogFrequencyCurve.Samples points, int from, double level, int step) {
        double[] x = points.octaves();
        double[] y = points.values();
        for (int i = from + step; i >= 0 && i < y.length; i += step) {
            if (y[i] < level) {
                int previous = i - step;
                double fraction = (y[previous] - level) / (y[previous] - y[i]);
                return Math.pow(2.0, x[previous] + fraction * (x[i] - x[previous]));
            }
        }
        return Double.NaN;
    }

    /** Index of the largest value, the first on ties. */
    private static int largest(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2.0);
    }
}
