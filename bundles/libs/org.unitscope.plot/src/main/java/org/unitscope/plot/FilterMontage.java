package org.unitscope.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A grid of receptive-field images: one row per unit, one column per named panel (e.g. "AWA", "exc 1", "sup 1").
 *
 * <p>Each tile is a side x side image, row-major with image row 0 at the top, scaled to its own max |value| on a
 * blue - white - red scale (white = 0): the shape of each filter matters here, not its magnitude, which differs by
 * orders between AWA and eigenvectors. A null or all-NaN panel leaves an empty (grey) tile; NaN pixels are left
 * out. Drawn as one {@link XYPlot} with an {@link XYBlockRenderer} over all tiles, columns titled on the top axis
 * and rows labelled on the left one. The picture is sized so that each tile gets 48 pixels (more, up to 96, when
 * the column titles are wider), and at most 4000 pixels high: rows that do not fit are left out, and the subtitle
 * says "first N of M units".
 */
public final class FilterMontage {

    static final int MIN_TILE_PX = 48;
    static final int MAX_TILE_PX = 96;
    static final int MAX_HEIGHT = 4000;
    /** Space between tiles, as a fraction of a tile. */
    static final double GAP = 0.08;
    static final Color EMPTY = new Color(0xE6, 0xE6, 0xE6);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final String SCALE_NOTE = "each tile scaled to its own max |value|: blue < 0 (white) < red";

    private final String title;
    private final List<String> columnTitles;
    private final int side;
    private final List<String> rowLabels = new ArrayList<>();
    /** Per row, per column: the tile scaled to [-1, 1] (float: it only becomes a colour), or null when empty. */
    private final List<float[][]> rows = new ArrayList<>();
    private Figure figure;

    private record Figure(JFreeChart chart, int width, int height, int shownRows) {
    }

    /**
     * @param title        the figure's title
     * @param columnTitles the name of each panel, left to right (at least one)
     * @param side         each panel's width and height in pixels
     */
    public FilterMontage(String title, List<String> columnTitles, int side) {
        Charts.ensureHeadless();
        this.title = Objects.requireNonNull(title, "title");
        Objects.requireNonNull(columnTitles, "columnTitles");
        if (columnTitles.isEmpty()) {
            throw new IllegalArgumentException("a montage needs at least one column");
        }
        for (String c : columnTitles) {
            Objects.requireNonNull(c, "column title");
        }
        if (side < 1) {
            throw new IllegalArgumentException("side must be at least 1, got " + side);
        }
        this.columnTitles = List.copyOf(columnTitles);
        this.side = side;
    }

    /**
     * Adds a unit's row.
     *
     * @param rowLabel the unit's label, shown left of the row
     * @param panels   one image per column (side x side values, row-major), null or all-NaN for an empty tile
     * @return this montage
     * @throws IllegalArgumentException when the number of panels or a panel's length is wrong, or a value is infinite
     */
    public FilterMontage addRow(String rowLabel, List<double[]> panels) {
        Objects.requireNonNull(rowLabel, "rowLabel");
        Objects.requireNonNull(panels, "panels");
        if (panels.size() != columnTitles.size()) {
            throw new IllegalArgumentException("row '" + rowLabel + "' has " + panels.size() + " panels but the montage has "
                    + columnTitles.size() + " columns " + columnTitles);
        }
        float[][] tiles = new float[panels.size()][];
        for (int c = 0; c < tiles.length; c++) {
            tiles[c] = scaled(panels.get(c), rowLabel, columnTitles.get(c));
        }
        rowLabels.add(rowLabel);
        rows.add(tiles);
        figure = null;
        return this;
    }

    /** The number of rows added (all of them, also those that will not fit in the picture). */
    public int rowCount() {
        return rows.size();
    }

    /** Writes the montage as a PNG image. */
    public void writePng(OutputStream out) throws IOException {
        writePng(out, null);
    }

    void writePng(OutputStream out, ChartRenderingInfo info) throws IOException {
        Figure f = figure();
        Charts.writePng(out, f.chart(), f.width(), f.height(), info);
    }

    public JFreeChart chart() {
        return figure().chart();
    }

    int width() {
        return figure().width();
    }

    int height() {
        return figure().height();
    }

    int shownRows() {
        return figure().shownRows();
    }

    private float[] scaled(double[] panel, String rowLabel, String column) {
        if (panel == null) {
            return null;
        }
        if (panel.length != side * side) {
            throw new IllegalArgumentException("row '" + rowLabel + "', panel '" + column + "' has " + panel.length
                    + " values, expected " + side + " x " + side + " = " + side * side);
        }
        double max = -1;
        for (double v : panel) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("row '" + rowLabel + "', panel '" + column + "' has an infinite value");
            }
            if (!Double.isNaN(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        if (max < 0) {
            return null; // all NaN
        }
        float[] tile = new float[panel.length];
        for (int k = 0; k < panel.length; k++) {
            tile[k] = max == 0 ? (Double.isNaN(panel[k]) ? Float.NaN : 0f) : (float) (panel[k] / max);
        }
        return tile;
    }

    private Figure figure() {
        if (figure == null) {
            figure = layOut();
        }
        return figure;
    }

    /**
     * Builds the chart without data, measures what the titles and axes take (their size does not depend on the
     * picture's), then sizes the picture so that each tile gets its pixels, and only then adds the data.
     */
    private Figure layOut() {
        int n = rows.size();
        int columns = columnTitles.size();
        SymbolAxis columnAxis = labelAxis(columnTitles);
        columnAxis.setRange(-0.5, columns - 0.5);
        SymbolAxis rowAxis = labelAxis(rowLabels);
        rowAxis.setInverted(true); // row 0, and each image's row 0, at the top
        rowAxis.setRange(-0.5, Math.max(n, 1) - 0.5);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new DivergingPaintScale());
        renderer.setBlockWidth((1 - GAP) / side);
        renderer.setBlockHeight((1 - GAP) / side);
        XYPlot plot = new XYPlot(null, columnAxis, rowAxis, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setBackgroundPaint(EMPTY);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Charts.BACKGROUND);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        chart.setAntiAlias(false); // crisp pixels, and much faster for thousands of blocks
        chart.setTextAntiAlias(true);
        TextTitle note = Charts.subtitle(n == 0 ? "no units" : SCALE_NOTE);
        chart.addSubtitle(note);

        int tile = tilePx(columnAxis.getTickLabelFont());
        Rectangle2D margins = margins(chart);
        int shown = n;
        if (n > 0 && margins.getHeight() + n * tile > MAX_HEIGHT) {
            shown = Math.max(1, (int) ((MAX_HEIGHT - margins.getHeight()) / tile));
            rowAxis.setSymbols(rowLabels.subList(0, shown).toArray(String[]::new));
            rowAxis.setRange(-0.5, shown - 0.5);
            note.setText("first " + shown + " of " + n + " units; " + SCALE_NOTE);
            margins = margins(chart); // the row labels' width may have changed
        }
        int width = (int) Math.round(margins.getWidth() + columns * tile);
        int height = (int) Math.round(margins.getHeight() + Math.max(shown, 1) * tile);
        // Titles wider than the tiles would wrap and change the layout: widen the picture, the tiles stay centred.
        int textWidth = Math.max(textWidth(title, TITLE_FONT), textWidth(note.getText(), Charts.SUBTITLE_FONT)) + 60;
        if (width < textWidth) {
            double extra = (textWidth - width) / 2.0;
            RectangleInsets in = plot.getInsets();
            plot.setInsets(new RectangleInsets(in.getTop(), in.getLeft() + extra, in.getBottom(), in.getRight() + extra));
            width = textWidth;
        }
        plot.setDataset(tiles(shown));
        return new Figure(chart, width, height, shown);
    }

    private static SymbolAxis labelAxis(List<String> labels) {
        SymbolAxis axis = new SymbolAxis(null, labels.toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setTickUnit(new NumberTickUnit(1)); // every label, never thinned out
        axis.setTickMarksVisible(false);
        axis.setAxisLineVisible(false);
        axis.setTickLabelFont(LABEL_FONT);
        return axis;
    }

    /** 48 px, or the widest column title and some air (up to 96 px) so that titles do not overlap. */
    private int tilePx(Font font) {
        int widest = 0;
        for (String c : columnTitles) {
            widest = Math.max(widest, textWidth(c, font));
        }
        return Math.max(MIN_TILE_PX, Math.min(MAX_TILE_PX, widest + 8));
    }

    /** Width and height of the chart that is not data area, measured by drawing the chart (still without data). */
    private static Rectangle2D margins(JFreeChart chart) {
        double w = 20_000;
        double h = 20_000;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo(null);
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h), info);
            Rectangle2D data = info.getPlotInfo().getDataArea();
            return new Rectangle2D.Double(0, 0, w - data.getWidth(), h - data.getHeight());
        } finally {
            g2.dispose();
        }
    }

    private static int textWidth(String text, Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            FontMetrics metrics = g2.getFontMetrics(font);
            return metrics.stringWidth(text);
        } finally {
            g2.dispose();
        }
    }

    /** One block per non-missing pixel; tile (r, c) fills [c - 1/2, c + 1/2] x [r - 1/2, r + 1/2] less the gap. */
    private DefaultXYZDataset tiles(int shown) {
        int count = 0;
        for (int r = 0; r < shown; r++) {
            for (float[] t : rows.get(r)) {
                if (t != null) {
                    for (float v : t) {
                        count += Float.isNaN(v) ? 0 : 1;
                    }
                }
            }
        }
        double[] x = new double[count];
        double[] y = new double[count];
        double[] z = new double[count];
        double pixel = (1 - GAP) / side;
        int k = 0;
        for (int r = 0; r < shown; r++) {
            float[][] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                float[] t = row[c];
                if (t == null) {
                    continue;
                }
                for (int i = 0; i < side; i++) {
                    for (int j = 0; j < side; j++) {
                        float v = t[i * side + j];
                        if (!Float.isNaN(v)) {
                            x[k] = c - 0.5 + GAP / 2 + (j + 0.5) * pixel;
                            y[k] = r - 0.5 + GAP / 2 + (i + 0.5) * pixel;
                            z[k] = v;
                            k++;
                        }
                    }
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("tiles", new double[][] {x, y, z});
        return data;
    }
}
