package org.unitscope.gui.internal.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.unitscope.math.io.NpzReader;
import org.unitscope.plot.DivergingPaintScale;

/**
 * A unit's receptive field from a run's {@code rf.npz}: its AWA as a map ({@link DivergingPaintScale} over the unit's
 * largest |value|, channels averaged) and its AWC eigenvalues by rank with the null interval of the test's first step. The full spectrum where
 * the run has it, else the k largest and smallest (the matrix-free path).
 */
final class RfCharts {
    private static final Color LINE = new Color(0, 114, 178);

    private RfCharts() {
    }

    /** The AWA of unit {@code index} of {@code layer}; a titled empty chart when the run has none. */
    static JFreeChart awa(Map<String, NpzReader.Array> rf, String layer, int index, String title) {
        NpzReader.Array awa = rf.get(layer + ".awa.awa");
        if (awa == null || awa.shape().length != 4 || index >= awa.shape()[0]) {
            return UnitCharts.chart(title + " (no AWA in this run)", new XYPlot());
        }
        int channels = awa.shape()[1];
        int rows = awa.shape()[2];
        int cols = awa.shape()[3];
        double[][] xyz = new double[3][rows * cols];
        double extent = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double sum = 0;
                for (int ch = 0; ch < channels; ch++) {
                    sum += awa.data()[((index * channels + ch) * rows + r) * cols + c];
                }
                int k = r * cols + c;
                xyz[0][k] = c;
                xyz[1][k] = r;
                xyz[2][k] = sum / channels;
                extent = Math.max(extent, Math.abs(xyz[2][k]));
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("awa", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new DivergingPaintScale(extent > 0 ? extent : 1));
        NumberAxis x = new NumberAxis("column");
        NumberAxis y = new NumberAxis("row");
        y.setInverted(true); // row 0 at the top, as in the image
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(-0.5, cols - 0.5);
        y.setRange(-0.5, rows - 0.5);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        NpzReader.Array p = rf.get(layer + ".awa.p");
        String pText = p == null ? "" : String.format(java.util.Locale.ROOT, " (p = %.3g)", p.data()[index]);
        return UnitCharts.chart(title + pText, plot);
    }

    /** The AWC spectrum of unit {@code index} of {@code layer} with its null interval. */
    static JFreeChart spectrum(Map<String, NpzReader.Array> rf, String layer, int index, String title) {
        XYSeries series = new XYSeries("eigenvalue", false, true);
        NpzReader.Array full = rf.get(layer + ".awc.eigenvalues");
        NpzReader.Array high = rf.get(layer + ".awc.eigenvalues_highest");
        NpzReader.Array low = rf.get(layer + ".awc.eigenvalues_lowest");
        if (full != null && index < full.shape()[0]) {
            double[] v = full.row(index); // largest first
            for (int k = 0; k < v.length; k++) {
                series.add(k + 1, v[k]);
            }
        } else if (high != null && low != null && index < high.shape()[0]) {
            int d = Math.max(dimension(rf, layer), high.shape()[1] + low.shape()[1] + 1);
            double[] h = high.row(index);
            double[] l = low.row(index);
            for (int k = 0; k < h.length; k++) {
                series.add(k + 1, h[k]);
            }
            series.add(h.length + 1, null); // the ranks in between were not computed
            for (int k = l.length - 1; k >= 0; k--) {
                series.add(d - k, l[k]);
            }
        } else {
            return UnitCharts.chart(title + " (no AWC in this run)", new XYPlot());
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, series.getItemCount() <= 64);
        renderer.setSeriesPaint(0, LINE);
        NumberAxis rank = new NumberAxis("rank (1 = largest)");
        rank.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis value = new NumberAxis("eigenvalue");
        value.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), rank, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        NpzReader.Array band = rf.get(layer + ".awc.null_interval");
        if (band != null && index < band.shape()[0]) {
            for (double bound : band.row(index)) {
                if (Double.isFinite(bound)) {
                    plot.addRangeMarker(new ValueMarker(bound, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)));
                }
            }
        }
        return UnitCharts.chart(title + " (dashed: null interval)", plot);
    }

    /** d of the layer's patches: rows x cols x channels from its {@code patch} record. */
    private static int dimension(Map<String, NpzReader.Array> rf, String layer) {
        NpzReader.Array patch = rf.get(layer + ".patch");
        if (patch == null || patch.data().length < 8) {
            return 0; // unknown: the smallest eigenvalues are drawn just after a one-rank gap
        }
        double[] p = patch.data(); // top, left, height, width, block, rows, cols, channels
        return (int) (p[5] * p[6] * p[7]);
    }
}
