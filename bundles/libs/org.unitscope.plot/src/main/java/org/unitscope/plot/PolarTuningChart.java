package org.unitscope.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PolarPlot;
import org.jfree.chart.renderer.DefaultPolarItemRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * An orientation tuning curve on a polar plot: each orientation (degrees, [0, 180)) is drawn at theta and at
 * theta + 180, since a grating's orientation is axial, so the curve closes as the physiologist's polar plot does.
 */
public final class PolarTuningChart {
    private PolarTuningChart() {
    }

    /** The chart of {@code responses} at {@code orientations}; empty arrays give an empty plot under the title. */
    public static JFreeChart chart(String title, double[] orientations, double[] responses) {
        Charts.ensureHeadless();
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot(orientations, responses), false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The plot alone, for a front end that titles its charts its own way (the workbench's unit view). */
    public static PolarPlot plot(double[] orientations, double[] responses) {
        Charts.checkSameLength(orientations, "orientations", responses, "responses", "curve");
        XYSeries s = new XYSeries("response", false, true);
        for (int half = 0; half < 2; half++) {
            for (int i = 0; i < orientations.length; i++) {
                s.add(orientations[i] + 180 * half, responses[i]);
            }
        }
        DefaultPolarItemRenderer r = new DefaultPolarItemRenderer();
        r.setSeriesPaint(0, Charts.PALETTE[0]);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setShapesVisible(true);
        PolarPlot plot = new PolarPlot(new XYSeriesCollection(s), new NumberAxis("response"), r);
        plot.setBackgroundPaint(Color.WHITE);
        return plot;
    }
}
