package org.unitscope.math.gabor;

/**
 * A Gabor filter: a Gaussian envelope of width {@code sigma} pixels centred on (centreX, centreY) times the same
 * sinusoidal carrier as {@link org.unitscope.math.grating.Grating}, so the grating with this orientation, spatial
 * frequency and phase drives it (nearly) maximally. A known ground truth for testing tuning measurements.
 */
public record Gabor(double orientationDeg, double sfCyclesPerPixel, double phaseDeg, double sigma, double centreX,
        double centreY) {

    public Gabor {
        if (!Double.isFinite(orientationDeg) || !Double.isFinite(sfCyclesPerPixel) || !Double.isFinite(phaseDeg)
                || !Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("Gabor parameters must be finite");
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and > 0: " + sigma);
        }
    }

    /** Filter value at centred coordinates (x to the right, y up). */
    public double value(double x, double y) {
        double t = Math.toRadians(orientationDeg);
        return value(x, y, Math.cos(t), Math.sin(t));
    }

    private double value(double x, double y, double cos, double sin) {
        double dx = x - centreX;
        double dy = y - centreY;
        double envelope = Math.exp(-(dx * dx + dy * dy) / (2.0 * sigma * sigma));
        return envelope * Math.sin(2.0 * Math.PI * sfCyclesPerPixel * (dx * cos + dy * sin)
                + Math.toRadians(phaseDeg));
    }

    /**
     * The filter sampled on a {@code size x size} image (row-major, row 0 at the top, same centred coordinates
     * as a rendered grating), with its mean removed so that it ignores mean luminance, then scaled to unit L2
     * norm so that responses of different filters are comparable. A filter with nothing left after removing the
     * mean (e.g. zero spatial frequency with phase 0) gives an all-zero kernel.
     */
    public float[] kernel(int size) {
        double t = Math.toRadians(orientationDeg);
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        return SampledKernel.zeroMeanUnitNorm(size, (x, y) -> value(x, y, cos, sin));
    }

    /** The same filter 90 degrees later in phase: with this one, a phase-invariant (complex-cell) pair. */
    public Gabor quadrature() {
        return new Gabor(orientationDeg, sfCyclesPerPixel, phaseDeg + 90.0, sigma, centreX, centreY);
    }
}
