package org.unitscope.plot;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A unit's response over grating phase at its best grating (series "response", the measured points), with F0 (the
 * mean, a dashed line) and the first harmonic F0 + F1·cos(φ − φ1) drawn through them (series "F0 + F1 harmonic"), so
 * that F1/F0 reads off the picture: simple-like when the wave swings further than its mean.
 */
public final class PhaseModulationChart {
    private static final int SMOOTH = 73;

    private PhaseModulationChart() {
    }

    public static JFreeChart chart(String title, double[] phasesDeg, double[] responses, double f0, double f1) {
        Charts.ensureHeadless();
        Charts.checkSameLength(phasesDeg, "phases", responses, "responses", "phase curve");
        XYSeries points = new XYSeries("response", false, true);
        double re = 0;
        double im = 0;
        for (int i = 0; i < phasesDeg.length; i++) {
            points.add(phasesDeg[i], responses[i]);
            re += responses[i] * Math.cos(Math.toRadians(phasesDeg[i]));
            im += responses[i] * Math.sin(Math.toRadians(phasesDeg[i]));
        }
        double phi1 = Math.atan2(im, re);
        XYSeries wave = new XYSeries("F0 + F1 harmonic", false, true);
        if (Double.isFinite(f0) && Double.isFinite(f1)) {
            for (int k = 0; k < SMOOTH; k++) {
                double phi = 360.0 * k / (SMOOTH - 1);
                wave.add(phi, f0 + f1 * Math.cos(Math.toRadians(phi) - phi1));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(points);
        data.addSeries(wave);
        XYPlot plot = Charts.linePlot(data, "grating phase (degrees)", "response", true, true);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        Charts.style(r, 0);
        r.setSeriesLinesVisible(0, false);
        Charts.style(r, 1);
        r.setSeriesShapesVisible(1, false);
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        plot.getDomainAxis().setRange(0, 360);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        if (Double.isFinite(f0)) {
            plot.addRangeMarker(new ValueMarker(f0, Color.GRAY, Charts.DASHED));
        }
        return Charts.chart(title, plot, true);
    }
}
