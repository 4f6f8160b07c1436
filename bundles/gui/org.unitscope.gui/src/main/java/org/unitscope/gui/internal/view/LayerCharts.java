package org.unitscope.gui.internal.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.unitscope.gui.internal.model.LayerSummary;
import org.unitscope.plot.BarCharts;
import org.unitscope.plot.Histogram;

/**
 * A layer's summary plots from {@link LayerSummary}: histograms of preferred orientation (15° bins over 0-180), circular
 * variance (0.05 bins over 0-1) and preferred SF (half-octave bins on a log axis), and the selective fractions with the
 * rule of each stated under the chart. Each title says how many units have a value.
 */
final class LayerCharts {
    static final double[] ORIENTATION_EDGES = Histogram.linearEdges(0, 180, 12);
    static final double[] CV_EDGES = Histogram.linearEdges(0, 1, 20);

    private LayerCharts() {
    }

    static JFreeChart orientation(LayerSummary s) {
        return Histogram.chart(s.layer() + ": preferred orientation (" + s.preferredOrientation().length + " of " + s.units()
                + " units tuned)", "preferred orientation (degrees)", ORIENTATION_EDGES, Map.of("units", s.preferredOrientation()), false);
    }

    static JFreeChart circularVariance(LayerSummary s) {
        return Histogram.chart(s.layer() + ": circular variance (" + s.circularVariance().length + " of " + s.units()
                + " units responsive)", "circular variance (0 = sharp, 1 = flat)", CV_EDGES, Map.of("units", s.circularVariance()), false);
    }

    static JFreeChart preferredSf(LayerSummary s) {
        return Histogram.chart(s.layer() + ": preferred SF (" + s.preferredSf().length + " of " + s.units() + " units)",
                "preferred spatial frequency (cycles/pixel)", sfEdges(s.preferredSf()), Map.of("units", s.preferredSf()), true);
    }

    /** Half-octave bins covering the values (from 1/1024 c/px when there are none). */
    static double[] sfEdges(double[] sf) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : sf) {
            if (v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi == 0) {
            return Histogram.logEdges(1.0 / 1024, 0.5, 20);
        }
        double start = Math.pow(2, Math.floor(2 * Math.log(lo) / Math.log(2)) / 2);
        int bins = Math.max(1, (int) Math.ceil(2 * Math.log(hi / start) / Math.log(2) + 1e-9));
        return Histogram.logEdges(start, start * Math.pow(2, bins / 2.0), bins);
    }

    static JFreeChart fractions(LayerSummary s) {
        List<LayerSummary.Fraction> f = s.fractions();
        double[][] values = {f.stream().mapToDouble(LayerSummary.Fraction::value).toArray()};
        JFreeChart c = BarCharts.grouped(s.layer() + ": selective fractions (" + s.units() + " units)", "fraction of units",
                List.of("fraction"), f.stream().map(LayerSummary.Fraction::label).toList(), values);
        c.getCategoryPlot().getRangeAxis().setRange(0, 1);
        for (LayerSummary.Fraction x : f) {
            c.addSubtitle(new TextTitle(String.format(Locale.ROOT, "%s: %d of %d; %s", x.label(), x.count(), x.units(), x.rule()),
                    new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10), java.awt.Color.DARK_GRAY,
                    org.jfree.chart.ui.RectangleEdge.BOTTOM, org.jfree.chart.ui.HorizontalAlignment.LEFT,
                    org.jfree.chart.ui.VerticalAlignment.CENTER, org.jfree.chart.ui.RectangleInsets.ZERO_INSETS));
        }
        if (f.isEmpty()) {
            c.setTitle(s.layer() + ": no selectivity columns in this run");
        }
        return c;
    }
}
