package org.unitscope.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Blue - white - red over [-extent, extent] (by default [-1, 1]), white at 0: receptive fields have a sign, and a
 * symmetric scale keeps "no weight" the same colour in every tile. The 257 colours are made once; the renderer asks
 * for one per pixel.
 */
public final class DivergingPaintScale implements PaintScale {

    static final Color NEGATIVE = new Color(44, 123, 182);
    static final Color POSITIVE = new Color(215, 25, 28);
    private static final int STEPS = 128;

    private final Color[] colours = new Color[2 * STEPS + 1];
    private final double extent;

    DivergingPaintScale() {
        this(1);
    }

    /** The scale over [-extent, extent]; extent must be positive and finite. */
    public DivergingPaintScale(double extent) {
        if (!(extent > 0) || Double.isInfinite(extent)) {
            throw new IllegalArgumentException("extent must be positive and finite: " + extent);
        }
        this.extent = extent;
        for (int k = 0; k <= 2 * STEPS; k++) {
            double t = (k - STEPS) / (double) STEPS;
            colours[k] = mix(Color.WHITE, t < 0 ? NEGATIVE : POSITIVE, Math.abs(t));
        }
    }

    @Override
    public double getLowerBound() {
        return -extent;
    }

    @Override
    public double getUpperBound() {
        return extent;
    }

    /** Values outside the range take the end colours; NaN is never asked for (missing pixels are not in the data). */
    @Override
    public Paint getPaint(double value) {
        double v = Math.max(-1, Math.min(1, value / extent));
        return colours[(int) Math.round((v + 1) * STEPS)];
    }

    private static Color mix(Color from, Color to, double t) {
        return new Color(
                (int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
    }
}
