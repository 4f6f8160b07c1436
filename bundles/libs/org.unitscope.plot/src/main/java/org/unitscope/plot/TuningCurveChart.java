package org.unitscope.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Tuning curves as lines with dots, one colour per curve (colours repeat after eight). A NaN response leaves a
 * gap in its curve rather than joining its neighbours, so a missing condition is visible; points with a NaN x are
 * left out. The points are drawn in the order given.
 */
public final class TuningCurveChart {

    static final int WIDTH = 800;
    static final int HEIGHT = 560;

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer;
    private final JFreeChart chart;

    public TuningCurveChart(String title, String xLabel, String yLabel) {
        Charts.ensureHeadless();
        Objects.requireNonNull(title, "title");
        XYPlot plot = Charts.linePlot(data, xLabel, yLabel, true, true);
        renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        chart = Charts.chart(title, plot, true);
    }

    /**
     * Adds a curve through ({@code x[i]}, {@code y[i]}).
     *
     * @throws IllegalArgumentException when the arrays differ in length or the name is already used
     */
    public TuningCurveChart addCurve(String name, double[] x, double[] y) {
        Objects.requireNonNull(name, "name");
        Charts.checkSameLength(x, "x", y, "y", "curve '" + name + "'");
        if (data.getSeriesIndex(name) >= 0) {
            throw new IllegalArgumentException("curve '" + name + "' is already in the chart");
        }
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                series.add(x[i], Double.isNaN(y[i]) ? null : y[i]);
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
        Charts.writePng(out, chart, WIDTH, HEIGHT, info);
    }

    public JFreeChart chart() {
        return chart;
    }
}
