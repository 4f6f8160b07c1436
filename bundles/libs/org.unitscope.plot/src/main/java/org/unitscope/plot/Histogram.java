package org.unitscope.plot;

import java.awt.Color;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Histograms over stated bin edges: one series per named sample (e.g. one per run), drawn as translucent bars so that
 * two overlap readably. Bins are [edge i, edge i+1), the last one closed; NaN values and values outside the edges are
 * not counted (the caller states how many values it had). A log x axis suits spatial frequency (geometric edges).
 */
public final class Histogram {
    private Histogram() {
    }

    /** Counts of {@code values} in the bins between {@code edges} (ascending, at least two). */
    public static int[] counts(double[] values, double[] edges) {
        checkEdges(edges);
        int[] out = new int[edges.length - 1];
        for (double v : values) {
            int bin = bin(v, edges);
            if (bin >= 0) {
                out[bin]++;
            }
        }
        return out;
    }

    /** n + 1 evenly spaced edges from lo to hi. */
    public static double[] linearEdges(double lo, double hi, int bins) {
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            e[i] = lo + (hi - lo) * i / bins;
        }
        return e;
    }

    /** n + 1 geometrically spaced edges from lo to hi (both positive). */
    public static double[] logEdges(double lo, double hi, int bins) {
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            e[i] = lo * Math.pow(hi / lo, (double) i / bins);
        }
        return e;
    }

    /**
     * @param samples name -> values, in legend order; a legend is shown when there are several
     */
    public static JFreeChart chart(String title, String xLabel, double[] edges, Map<String, double[]> samples, boolean logX) {
        Charts.ensureHeadless();
        Objects.requireNonNull(samples, "samples");
        checkEdges(edges);
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        for (Map.Entry<String, double[]> s : samples.entrySet()) {
            int[] n = counts(s.getValue(), edges);
            XYIntervalSeries series = new XYIntervalSeries(s.getKey());
            for (int i = 0; i < n.length; i++) {
                double mid = logX ? Math.sqrt(edges[i] * edges[i + 1]) : (edges[i] + edges[i + 1]) / 2;
                series.add(mid, edges[i], edges[i + 1], n[i], 0, n[i]);
            }
            data.addSeries(series);
        }
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        for (int s = 0; s < samples.size(); s++) {
            Color c = Charts.PALETTE[s % Charts.PALETTE.length];
            r.setSeriesPaint(s, samples.size() > 1 ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 110) : c);
            r.setSeriesOutlinePaint(s, c.darker());
        }
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1}: {2} units", java.text.NumberFormat.getNumberInstance(),
                java.text.NumberFormat.getIntegerInstance()));
        ValueAxis x = logX ? logAxis(xLabel) : new NumberAxis(xLabel);
        x.setRange(edges[0], edges[edges.length - 1]);
        NumberAxis y = new NumberAxis("units");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return Charts.chart(title, new XYPlot(data, x, y, r), samples.size() > 1);
    }

    /** A log axis labelled in plain decimals (0.0625, not 10^-1.2), ticks at powers of 2. */
    private static LogAxis logAxis(String label) {
        LogAxis x = new LogAxis(label);
        x.setBase(2);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        x.setSmallestValue(1e-6);
        return x;
    }

    private static int bin(double v, double[] edges) {
        int last = edges.length - 1;
        if (Double.isNaN(v) || v < edges[0] || v > edges[last]) {
            return -1;
        }
        for (int i = 0; i < last; i++) {
            if (v < edges[i + 1]) {
                return i;
            }
        }
        return last - 1; // v == the last edge: the last bin is closed
    }

    private static void checkEdges(double[] edges) {
        Objects.requireNonNull(edges, "edges");
        if (edges.length < 2) {
            throw new IllegalArgumentException("a histogram needs at least two edges, got " + edges.length);
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("edges must ascend: " + edges[i - 1] + " then " + edges[i]);
            }
        }
    }
}
