package org.unitscope.gui.internal.view;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.unitscope.gui.internal.model.AwcAxes;
import org.unitscope.gui.internal.model.CategoryResponses;
import org.unitscope.gui.internal.model.PhaseResponses;
import org.unitscope.gui.internal.model.PredictionPoints;
import org.unitscope.gui.internal.model.RunResults;
import org.unitscope.gui.internal.model.UnitsTable;
import org.unitscope.math.tuning.PhaseModulation;
import org.unitscope.plot.BarCharts;
import org.unitscope.plot.MapTiles;
import org.unitscope.plot.PhaseModulationChart;
import org.unitscope.plot.PreferenceScatter;

/**
 * The selected unit's charts beyond its tuning curves and AWA, each from the run's files (the model classes say
 * which): F1/F0 over phase, category bars, AWC axes, predicted against measured preferences. A chart whose data the
 * run lacks is an empty chart whose title says so.
 */
final class UnitDetailCharts {
    private UnitDetailCharts() {
    }

    /** Response over phase at the best grating; F0 and F1 from units.csv, else computed from the points. */
    static JFreeChart phase(RunResults run, int row, String layer, int index, String title) {
        PhaseResponses p = PhaseResponses.of(run, layer, index);
        if (!p.missing().isEmpty()) {
            return UnitCharts.chart(title + " (" + p.missing() + ")", new XYPlot());
        }
        double f0 = number(run.units(), row, "f0");
        double f1 = number(run.units(), row, "f1");
        String source = "units.csv";
        if (Double.isNaN(f0) && PhaseModulation.coversCircleEvenly(p.phasesDeg())) {
            PhaseModulation m = PhaseModulation.of(p.phasesDeg(), p.responses());
            f0 = m.f0();
            f1 = m.f1();
            source = "computed here: no phase-modulation metric in this run";
        }
        String ratio = f0 > 0 ? String.format(Locale.ROOT, "F1/F0 = %.2f", f1 / f0) : "F1/F0 undefined (F0 = 0)";
        return PhaseModulationChart.chart(String.format(Locale.ROOT, "%s: %s at %.0f°, %.3g c/px (%s)", title, ratio,
                p.orientationDeg(), p.sf(), source), p.phasesDeg(), p.responses(), f0, f1);
    }

    static JFreeChart categories(CategoryResponses c, String title) {
        if (!c.missing().isEmpty()) {
            return UnitCharts.chart(title + " (" + c.missing() + ")", new XYPlot());
        }
        int best = 0;
        for (int i = 1; i < c.means().length; i++) {
            best = c.means()[i] > c.means()[best] ? i : best;
        }
        String bars = c.errors() == null ? "no error bars: no per-image responses (responses.npz missing or too large)" : "error bars: ± 1 standard error";
        return BarCharts.means(title + " (" + bars + ")", "mean response", c.names(), c.means(), c.errors(), best);
    }

    static JFreeChart awcAxes(RunResults run, String layer, int index, String title) {
        AwcAxes a = AwcAxes.of(run.rf(), layer, index);
        if (!a.missing().isEmpty()) {
            return UnitCharts.chart(title + " (" + a.missing() + ")", new XYPlot());
        }
        List<MapTiles.Tile> tiles = a.axes().stream().map(x -> new MapTiles.Tile(x.label(), x.map())).toList();
        return MapTiles.chart(title + " (E = excitatory, S = suppressive)", tiles, a.rows(), a.cols());
    }

    /** Predicted against measured preferred orientation (degrees) or SF (c/px): the layer's units, and this one. */
    static JFreeChart prediction(RunResults run, String layer, int index, String title, boolean orientation) {
        PredictionPoints p = PredictionPoints.of(run, layer);
        if (p.byEstimator().isEmpty()) {
            return UnitCharts.chart(title + " (no prediction in this run)", new XYPlot());
        }
        double max = orientation ? 180 : axisMax(p);
        String unit = orientation ? "preferred orientation (degrees)" : "preferred SF (cycles/pixel)";
        PreferenceScatter s = new PreferenceScatter(title, "measured " + unit, "predicted " + unit, max);
        p.byEstimator().forEach((estimator, series) -> s.addSeries(estimator + " (layer)",
                orientation ? series.measuredOrientation() : series.measuredSf(),
                orientation ? series.predictedOrientation() : series.predictedSf()));
        p.byEstimator().forEach((estimator, series) -> {
            int i = series.indexOf(index);
            if (i >= 0) {
                s.addSeries(estimator + ": this unit", new double[] {orientation ? series.measuredOrientation()[i] : series.measuredSf()[i]},
                        new double[] {orientation ? series.predictedOrientation()[i] : series.predictedSf()[i]});
            }
        });
        return emphasiseThisUnit(s.chart());
    }

    /** The selected unit's points large and outlined, drawn over the layer's. */
    private static JFreeChart emphasiseThisUnit(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            if (String.valueOf(plot.getDataset().getSeriesKey(i)).endsWith("this unit")) {
                r.setSeriesShape(i, new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12));
                r.setSeriesOutlinePaint(i, java.awt.Color.BLACK);
            }
        }
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD); // the unit last, on top
        r.setUseOutlinePaint(true);
        r.setDrawOutlines(true);
        r.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardXYToolTipGenerator());
        return chart;
    }

    private static double axisMax(PredictionPoints p) {
        double max = 0;
        for (PredictionPoints.Series s : p.byEstimator().values()) {
            for (double[] v : List.of(s.measuredSf(), s.predictedSf())) {
                for (double x : v) {
                    max = Double.isFinite(x) ? Math.max(max, x) : max;
                }
            }
        }
        return max > 0 ? max * 1.1 : 0.5;
    }

    private static double number(UnitsTable t, int row, String column) {
        Double d = org.unitscope.gui.internal.model.Numbers.parse(t.cell(row, column));
        return d == null ? Double.NaN : d;
    }
}
