package org.unitscope.math.tuning;

/**
 * Spatial-frequency tuning of one unit, analysed on a log2(SF) axis. The curve is resampled at 0.01-octave steps
 * over the sampled range by linear interpolation, smoothed with a Gaussian of {@code smoothingOctaves} so that
 * the peak can fall between the measured SFs, and read off: the preferred SF is the argmax of the smoothed
 * curve, the cut-offs are where it first falls below half its peak on each side (linearly interpolated between
 * resampled points). Negative responses are clamped to 0 first (responses are treated as firing rates). When
 * no response is positive, every value is NaN and the class is {@link PassClass#BROADBAND}; callers should
 * reject unresponsive units before asking for a tuning.
 *
 * @param preferredSf      SF at the peak of the smoothed curve, cycles/pixel
 * @param bandwidthOctaves log2(highCutoff / lowCutoff), NaN unless {@link PassClass#BAND_PASS}
 * @param lowCutoff        SF below the peak where the curve falls to half its peak, NaN if it never does
 * @param highCutoff       SF above the peak where the curve falls to half its peak, NaN if it never does
 * @param passClass        which of the two cut-offs exist
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
        LogFrequencyCurve curve = LogFrequencyCurve.resample(sfs, Checks.rectified(responses), STEP_OCTAVES);
        double[] smoothed = GaussianSmoother.smooth(curve.values(), smoothingOctaves / curve.step());
        int peak = 0;
        for (int i = 1; i < smoothed.length; i++) {
            if (smoothed[i] > smoothed[peak]) {
                peak = i;
            }
        }
        if (!(smoothed[peak] > 0)) {
            return new SpatialFrequencyTuning(Double.NaN, Double.NaN, Double.NaN, Double.NaN, PassClass.BROADBAND);
        }
        double half = smoothed[peak] / 2.0;
        double low = crossing(curve, smoothed, peak, half, -1);
        double high = crossing(curve, smoothed, peak, half, 1);
        PassClass passClass = classify(!Double.isNaN(low), !Double.isNaN(high));
        double bandwidth = passClass == PassClass.BAND_PASS ? log2(high / low) : Double.NaN;
        return new SpatialFrequencyTuning(toSf(curve, peak), bandwidth, low, high, passClass);
    }

    private static PassClass classify(boolean hasLow, boolean hasHigh) {
        if (hasLow && hasHigh) {
            return PassClass.BAND_PASS;
        }
        if (hasHigh) {
            return PassClass.LOW_PASS;
        }
        if (hasLow) {
            return PassClass.HIGH_PASS;
        }
        return PassClass.BROADBAND;
    }

    /** SF where the curve first drops below {@code level} walking from {@code peak} by {@code step}; NaN if never. */
    private static double crossing(LogFrequencyCurve curve, double[] values, int peak, double level, int step) {
        for (int i = peak + step; i >= 0 && i < values.length; i += step) {
            if (values[i] < level) {
                int previous = i - step;
                double fraction = (values[previous] - level) / (values[previous] - values[i]);
                double octave = curve.startOctave() + (previous + step * fraction) * curve.step();
                return Math.pow(2.0, octave);
            }
        }
        return Double.NaN;
    }

    private static double toSf(LogFrequencyCurve curve, double index) {
        return Math.pow(2.0, curve.startOctave() + index * curve.step());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2.0);
    }
}
