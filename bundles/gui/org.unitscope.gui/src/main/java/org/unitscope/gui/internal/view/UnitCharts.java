package org.unitscope.gui.internal.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.unitscope.math.io.NpzReader;
import org.unitscope.plot.PolarTuningChart;

/**
 * A unit's tuning curves from {@code curves.npz}: orientation as a polar plot (each orientation also drawn at
 * θ + 180°, where the grating is the same), spatial frequency on a log axis. A curve the run lacks gives an empty chart
 * that says so.
 */
final class UnitCharts {
    private static final Color LINE = new Color(0, 114, 178);

    private UnitCharts() {
    }

    /** The report's polar curve ({@link PolarTuningChart}), titled in the workbench's font. */
    static JFreeChart orientation(Map<String, NpzReader.Array> curves, String layer, int index, String title) {
        NpzReader.Array values = curves.get(layer + ".orientation_tuning");
        NpzReader.Array axis = curves.get(layer + ".orientation_tuning.axis");
        boolean present = values != null && axis != null && index < values.shape()[0];
        return chart(values == null ? title + " (no orientation curve in this run)" : title,
                PolarTuningChart.plot(present ? axis.data() : new double[0], present ? values.row(index) : new double[0]));
    }

    static JFreeChart spatialFrequency(Map<String, NpzReader.Array> curves, String layer, int index, String title) {
        XYSeries s = new XYSeries("response", false, true);
        NpzReader.Array values = curves.get(layer + ".sf_tuning");
        NpzReader.Array axis = curves.get(layer + ".sf_tuning.axis");
        if (values != null && axis != null && index < values.shape()[0]) {
            double[] y = values.row(index);
            for (int i = 0; i < y.length; i++) {
                s.add(axis.data()[i], y[i]);
            }
        }
        LogAxis x = new LogAxis("spatial frequency (cycles/pixel)");
        x.setSmallestValue(1e-4);
        x.setBase(2); // ticks at powers of 2, labelled as plain decimals (0.125, not 10^-0.9)
        x.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        NumberAxis yAxis = new NumberAxis("response");
        yAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, LINE);
        r.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart(values == null ? title + " (no SF curve in this run)" : title, plot);
    }

    /** A chart with the workbench's title font and a white background. */
    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart c = new JFreeChart(title, new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13), plot, false);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }
}
