package org.unitscope.plot;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Bar charts over named categories: a unit's mean response per category with error bars, and grouped bars (e.g. the
 * fraction of selective units per layer, one bar per run). NaN values leave a gap.
 */
public final class BarCharts {
    private BarCharts() {
    }

    /**
     * Means with ± error bars (e.g. the standard error); {@code errors} may be null when the data has none.
     *
     * @param highlight the category drawn in the accent colour (e.g. the best one), or -1
     */
    public static JFreeChart means(String title, String yLabel, List<String> names, double[] means, double[] errors, int highlight) {
        Charts.ensureHeadless();
        Objects.requireNonNull(names, "names");
        if (means.length != names.size() || (errors != null && errors.length != means.length)) {
            throw new IllegalArgumentException(names.size() + " names, " + means.length + " means"
                    + (errors == null ? "" : ", " + errors.length + " errors"));
        }
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < means.length; i++) {
            data.add(means[i], errors == null ? 0 : errors[i], "mean", names.get(i));
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column == highlight ? Charts.PALETTE[1] : Charts.PALETTE[0];
            }
        };
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setDrawBarOutline(false);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", java.text.NumberFormat.getNumberInstance()));
        return chart(title, new CategoryPlot(data, axis(names.size()), new NumberAxis(yLabel), r), false);
    }

    /**
     * Grouped bars: {@code values[s][c]} is series s (e.g. a run) in category c (e.g. a layer).
     */
    public static JFreeChart grouped(String title, String yLabel, List<String> series, List<String> categories, double[][] values) {
        Charts.ensureHeadless();
        if (values.length != series.size()) {
            throw new IllegalArgumentException(series.size() + " series names but " + values.length + " rows of values");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < values.length; s++) {
            if (values[s].length != categories.size()) {
                throw new IllegalArgumentException("series '" + series.get(s) + "' has " + values[s].length + " values for "
                        + categories.size() + " categories");
            }
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(Double.isNaN(values[s][c]) ? null : values[s][c], series.get(s), categories.get(c));
            }
        }
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        for (int s = 0; s < series.size(); s++) {
            r.setSeriesPaint(s, Charts.PALETTE[s % Charts.PALETTE.length]);
        }
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}", java.text.NumberFormat.getNumberInstance()));
        return chart(title, new CategoryPlot(data, axis(categories.size()), new NumberAxis(yLabel), r), series.size() > 1);
    }

    private static CategoryAxis axis(int count) {
        CategoryAxis x = new CategoryAxis();
        if (count > 6) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        x.setMaximumCategoryLabelLines(2);
        return x;
    }

    private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        c.setBackgroundPaint(Charts.BACKGROUND);
        c.setPadding(new RectangleInsets(4, 4, 4, 4));
        plot.setBackgroundPaint(Charts.BACKGROUND);
        plot.setRangeGridlinePaint(Charts.GRID);
        plot.setOutlinePaint(Color.GRAY);
        return c;
    }
}
