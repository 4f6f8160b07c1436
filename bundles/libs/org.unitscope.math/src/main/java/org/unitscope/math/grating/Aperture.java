package org.unitscope.math.grating;

/**
 * A circular window centred on the image: fully open up to {@code radius} pixels, then a raised-cosine ramp of
 * width {@code edge} pixels down to closed. A soft edge keeps the window's own border from adding spatial
 * frequencies that the grating does not have; {@code edge == 0} gives a hard edge.
 */
public record Aperture(double radius, double edge) {

    /** No window at all: every pixel has weight 1. */
    public static final Aperture NONE = new Aperture(Double.POSITIVE_INFINITY, 0.0);

    public Aperture {
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("radius must be >= 0: " + radius);
        }
        if (!(edge >= 0) || Double.isInfinite(edge)) {
            throw new IllegalArgumentException("edge must be finite and >= 0: " + edge);
        }
    }

    /** Weight in [0, 1] at centred coordinates (x, y): 1 inside the radius, 0 beyond radius + edge. */
    public double weight(double x, double y) {
        double r = Math.hypot(x, y);
        if (r <= radius) {
            return 1.0;
        }
        if (r >= radius + edge) {
            return 0.0;
        }
        return 0.5 * (1.0 + Math.cos(Math.PI * (r - radius) / edge));
    }
}
