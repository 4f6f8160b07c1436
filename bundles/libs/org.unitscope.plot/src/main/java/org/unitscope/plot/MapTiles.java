package org.unitscope.plot;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Maps of equal size side by side in one chart (e.g. a unit's accepted AWC axes), each a series of the dataset keyed by
 * its label, drawn blue-white-red on one scale symmetric about 0 (the largest |value| of all tiles: unit-norm
 * eigenvectors compare on one scale), the label above each tile, row 0 at the top.
 */
public final class MapTiles {
    /** Columns of white between tiles. */
    static final int GAP = 1;

    /** One map: its label and its rows x cols values, row by row. */
    public record Tile(String label, double[] values) {
        public Tile {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(values, "values");
        }
    }

    private MapTiles() {
    }

    public static JFreeChart chart(String title, List<Tile> tiles, int rows, int cols) {
        Charts.ensureHeadless();
        DefaultXYZDataset data = new DefaultXYZDataset();
        double extent = 0;
        for (int t = 0; t < tiles.size(); t++) {
            double[] v = tiles.get(t).values();
            if (v.length != rows * cols) {
                throw new IllegalArgumentException("tile '" + tiles.get(t).label() + "' has " + v.length + " values, not " + rows + " x " + cols);
            }
            double[][] xyz = new double[3][v.length];
            for (int k = 0; k < v.length; k++) {
                xyz[0][k] = t * (cols + GAP) + k % cols;
                xyz[1][k] = k / cols;
                xyz[2][k] = v[k];
                extent = Double.isNaN(v[k]) ? extent : Math.max(extent, Math.abs(v[k]));
            }
            data.addSeries(tiles.get(t).label(), xyz);
        }
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(new DivergingPaintScale(extent > 0 ? extent : 1));
        r.setDefaultToolTipGenerator(tooltips(cols));
        NumberAxis x = new NumberAxis("column (tiles side by side)");
        NumberAxis y = new NumberAxis("row");
        y.setInverted(true);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(-0.5, Math.max(1, tiles.size()) * (cols + GAP) - GAP - 0.5);
        y.setRange(-1.8, rows - 0.5);
        XYPlot plot = new XYPlot(data, x, y, r);
        for (int t = 0; t < tiles.size(); t++) {
            XYTextAnnotation a = new XYTextAnnotation(tiles.get(t).label(), t * (cols + GAP) + (cols - 1) / 2.0, -1.1);
            a.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            a.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(a);
        }
        JFreeChart c = Charts.chart(title, plot, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        return c;
    }

    private static XYToolTipGenerator tooltips(int cols) {
        return (d, s, i) -> String.format(java.util.Locale.ROOT, "%s: row %d, column %d: %.4g",
                d.getSeriesKey(s), (int) d.getYValue(s, i), i % cols, ((XYZDataset) d).getZValue(s, i));
    }
}
