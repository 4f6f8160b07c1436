package org.unitscope.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;

/** What the figures share: headless set-up, the look, the palette, argument checks and PNG output. */
final class Charts {

    static final Color BACKGROUND = Color.WHITE;
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    /** Eight colours told apart also by colour-blind readers (Okabe-Ito, yellow replaced by purple). */
    static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(117, 112, 179)
    };

    private Charts() {
    }

    /**
     * Figures are rendered on servers and in cluster jobs without a display. The property must be set before AWT
     * first asks for it, so every figure calls this before it creates any chart; a value set by the user (or by
     * the JVM's command line) is left alone.
     */
    static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(BACKGROUND);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        plot.setBackgroundPaint(BACKGROUND);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
        return chart;
    }

    /** A plot of series drawn as lines and/or points; {@link #style} colours each series as it is added. */
    static XYPlot linePlot(XYSeriesCollection data, String xLabel, String yLabel, boolean lines, boolean points) {
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        return new XYPlot(data, x, y, new XYLineAndShapeRenderer(lines, points));
    }

    /** Series {@code s} in palette colour {@code s} (repeating after eight), 1.5 px lines, 6 px dots. */
    static Color style(XYLineAndShapeRenderer renderer, int s) {
        Color colour = PALETTE[s % PALETTE.length];
        renderer.setSeriesPaint(s, colour);
        renderer.setSeriesStroke(s, new BasicStroke(1.5f));
        renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        return colour;
    }

    static TextTitle subtitle(String text) {
        return new TextTitle(text, SUBTITLE_FONT);
    }

    static void checkSameLength(double[] a, String aName, double[] b, String bName, String series) {
        Objects.requireNonNull(a, aName);
        Objects.requireNonNull(b, bName);
        if (a.length != b.length) {
            throw new IllegalArgumentException(series + ": " + aName + " has " + a.length + " values but " + bName
                    + " has " + b.length);
        }
    }

    /** {@code info} may be null; a test passes one to find the data area in the picture. */
    static void writePng(OutputStream out, JFreeChart chart, int width, int height, ChartRenderingInfo info)
            throws IOException {
        Objects.requireNonNull(out, "out");
        ChartUtils.writeChartAsPNG(out, chart, width, height, info);
    }
}
