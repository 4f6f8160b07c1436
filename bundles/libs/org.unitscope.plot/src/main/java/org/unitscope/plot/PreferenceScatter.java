package org.unitscope.plot;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Predicted against measured preference (orientation in degrees, 0..180, or spatial frequency): one dot per unit,
 * one colour per series (e.g. per layer), on the same fixed 0..axisMax range on both axes with the identity line,
 * so that agreement reads as closeness to the diagonal. Pairs where either value is NaN are left out.
 */
public final class PreferenceScatter {

    static final int SIZE = 640;
    static final Color IDENTITY = new Color(0x70, 0x70, 0x70);

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer;
    private final JFreeChart chart;

    /**
     * @param axisMax the upper end of both axes (e.g. 180 for orientation); both start at 0
     */
    public PreferenceScatter(String title, String xLabel, String yLabel, double axisMax) {
        Charts.ensureHeadless();
        Objects.requireNonNull(title, "title");
        if (!(axisMax > 0) || Double.isInfinite(axisMax)) {
            throw new IllegalArgumentException("axisMax must be positive and finite, got " + axisMax);
        }
        XYPlot plot = Charts.linePlot(data, xLabel, yLabel, false, true);
        plot.getDomainAxis().setRange(0, axisMax);
        plot.getRangeAxis().setRange(0, axisMax);
        plot.addAnnotation(new XYLineAnnotation(0, 0, axisMax, axisMax, Charts.DASHED, IDENTITY));
        renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        chart = Charts.chart(title, plot, true);
    }

    /**
     * Adds one series of units: {@code measured[i]} on x, {@code predicted[i]} on y.
     *
     * @throws IllegalArgumentException when the arrays differ in length or the name is already used
     */
    public PreferenceScatter addSeries(String name, double[] measured, double[] predicted) {
        Objects.requireNonNull(name, "name");
        Charts.checkSameLength(measured, "measured", predicted, "predicted", "series '" + name + "'");
        if (data.getSeriesIndex(name) >= 0) {
            throw new IllegalArgumentException("series '" + name + "' is already in the chart");
        }
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < measured.length; i++) {
            if (!Double.isNaN(measured[i]) && !Double.isNaN(predicted[i])) {
                series.add(measured[i], predicted[i]);
            }
        }
        Charts.style(renderer, data.getSeriesCount());
        data.addSeries(series);
        return this;
    }

    public void writePng(OutputStream out) throws IOException {
        writePng(out, null);
    }

    void writePng(OutputStream out, ChartRenderingInfo info) throws IOException {
        Charts.writePng(out, chart, SIZE, SIZE, info);
    }

    /** The chart itself (e.g. for a ChartPanel or an SVG export). */
    public JFreeChart chart() {
        return chart;
    }
}
