package org.unitscope.math.grating;

/**
 * A static sinusoidal luminance grating. Orientation is the direction of the wave vector (luminance varies
 * along (cos t, sin t), t in degrees), spatial frequency is in cycles per pixel and the phase in degrees, so
 * that {@code luminance = mean + mean * contrast * sin(2 pi f (x cos t + y sin t) + phase)} (Michelson contrast).
 */
public record Grating(double orientationDeg, double sfCyclesPerPixel, double phaseDeg, double contrast,
        double mean) {

    public Grating {
        if (!Double.isFinite(orientationDeg) || !Double.isFinite(sfCyclesPerPixel) || !Double.isFinite(phaseDeg)
                || !Double.isFinite(contrast) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("grating parameters must be finite: " + orientationDeg + ", "
                    + sfCyclesPerPixel + ", " + phaseDeg + ", " + contrast + ", " + mean);
        }
    }

    /** Luminance at centred coordinates (x to the right, y up). */
    public double luminance(double x, double y) {
        double t = Math.toRadians(orientationDeg);
        return luminance(x, y, Math.cos(t), Math.sin(t));
    }

    private double luminance(double x, double y, double cos, double sin) {
        double arg = 2.0 * Math.PI * sfCyclesPerPixel * (x * cos + y * sin) + Math.toRadians(phaseDeg);
        return mean + mean * contrast * Math.sin(arg);
    }

    /**
     * Renders a {@code size x size} image row-major into {@code dst[offset .. offset + size*size)}; pixel
     * (row i, col j) sits at x = j - (size-1)/2, y = (size-1)/2 - i. Through an aperture each pixel becomes
     * mean + w * (L - mean), so outside the window the image is the mean luminance, not black.
     * A {@code null} aperture means {@link Aperture#NONE}.
     */
    public void render(int size, Aperture aperture, float[] dst, int offset) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1: " + size);
        }
        if (dst == null) {
            throw new IllegalArgumentException("dst must not be null");
        }
        if (offset < 0 || offset + (long) size * size > dst.length) {
            throw new IllegalArgumentException("dst of length " + dst.length + " cannot hold a " + size + "x"
                    + size + " image at offset " + offset);
        }
        Aperture window = aperture == null ? Aperture.NONE : aperture;
        double t = Math.toRadians(orientationDeg);
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        double half = (size - 1) / 2.0;
        int k = offset;
        for (int i = 0; i < size; i++) {
            double y = half - i;
            for (int j = 0; j < size; j++) {
                double x = j - half;
                double w = window.weight(x, y);
                dst[k++] = (float) (mean + w * (luminance(x, y, cos, sin) - mean));
            }
        }
    }
}
