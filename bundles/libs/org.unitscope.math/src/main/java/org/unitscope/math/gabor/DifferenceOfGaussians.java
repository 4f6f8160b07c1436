package org.unitscope.math.gabor;

/**
 * An untuned, isotropic centre-surround filter: a centre Gaussian of width {@code sigmaCentre} pixels minus a
 * surround Gaussian of width {@code sigmaSurround}, each normalised to unit integral so that the filter ignores
 * mean luminance. Its frequency response H(f) = exp(-2 pi^2 sigmaCentre^2 f^2) - exp(-2 pi^2 sigmaSurround^2 f^2)
 * is band-pass with the same value at every orientation: a ground truth for spatial-frequency tuning without
 * orientation tuning.
 *
 * <p>Sampling limits, measured on the sampled kernel's spectrum at surround ratio 1.6: its peak stays within 0.01
 * octave of {@link #peakSfCyclesPerPixel()}, and its response at that SF varies by less than 1.5 % with orientation,
 * while the surround fits the kernel ({@code 3 sigmaSurround <= (size - 1) / 2}, i.e. f* >= 1.7 / (size - 1)) and
 * the centre covers enough pixels (sigmaCentre >= 0.87 px, i.e. f* <= 0.2 c/px; checked for sizes 11 to 63). At
 * 0.25 c/px the sampled peak is already 0.02 octave high, at 0.3 c/px 0.16 octave.
 */
public record DifferenceOfGaussians(double sigmaCentre, double sigmaSurround) {

    public DifferenceOfGaussians {
        if (!(sigmaCentre > 0) || Double.isInfinite(sigmaCentre) || Double.isInfinite(sigmaSurround)) {
            throw new IllegalArgumentException("sigmas must be finite and > 0: " + sigmaCentre + ", " + sigmaSurround);
        }
        if (!(sigmaSurround > sigmaCentre)) {
            throw new IllegalArgumentException("the surround (" + sigmaSurround + ") must be wider than the centre ("
                    + sigmaCentre + ")");
        }
    }

    /**
     * The filter with surround / centre ratio {@code surroundRatio} whose frequency response peaks at
     * {@code sfCyclesPerPixel}. With s = sigmaSurround / sigmaCentre, setting dH/df = 0 gives
     * f*^2 = ln(s^2) / (2 pi^2 sigmaCentre^2 (s^2 - 1)), so sigmaCentre = sqrt(ln(s^2) / (2 pi^2 (s^2 - 1))) / f*
     * (0.1747 / f* for s = 1.6).
     */
    public static DifferenceOfGaussians withPeakSf(double sfCyclesPerPixel, double surroundRatio) {
        if (!(sfCyclesPerPixel > 0) || Double.isInfinite(sfCyclesPerPixel)) {
            throw new IllegalArgumentException("spatial frequency must be finite and > 0: " + sfCyclesPerPixel);
        }
        if (!(surroundRatio > 1) || Double.isInfinite(surroundRatio)) {
            throw new IllegalArgumentException("surround ratio must be finite and > 1: " + surroundRatio);
        }
        double s2 = surroundRatio * surroundRatio;
        double sigmaCentre = Math.sqrt(Math.log(s2) / (2 * Math.PI * Math.PI * (s2 - 1))) / sfCyclesPerPixel;
        return new DifferenceOfGaussians(sigmaCentre, surroundRatio * sigmaCentre);
    }

    /** Filter value at centred coordinates (x to the right, y up), the filter centred on the origin. */
    public double value(double x, double y) {
        double r2 = x * x + y * y;
        return gaussian(r2, sigmaCentre) - gaussian(r2, sigmaSurround);
    }

    private static double gaussian(double r2, double sigma) {
        double var = sigma * sigma;
        return Math.exp(-r2 / (2 * var)) / (2 * Math.PI * var);
    }

    /**
     * The filter sampled on a {@code size x size} image with the same coordinates and the same mean removal and
     * unit L2 norm as {@link Gabor#kernel(int)}; the mean removed is what the kernel's edge cuts off the surround.
     */
    public float[] kernel(int size) {
        return SampledKernel.zeroMeanUnitNorm(size, this::value);
    }

    /** The SF where H(f) peaks: f* = sqrt(ln(sigmaS^2 / sigmaC^2) / (2 pi^2 (sigmaS^2 - sigmaC^2))). */
    public double peakSfCyclesPerPixel() {
        double c2 = sigmaCentre * sigmaCentre;
        double s2 = sigmaSurround * sigmaSurround;
        return Math.sqrt(Math.log(s2 / c2) / (2 * Math.PI * Math.PI * (s2 - c2)));
    }
}
