package org.unitscope.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.unitscope.plot.BarCharts;
import org.unitscope.plot.ChartFiles;
import org.unitscope.plot.Histogram;
import org.unitscope.plot.PreferenceScatter;

/**
 * Draws the report's figures into {@code figures/} as PNG and SVG: per layer the distributions of preferred
 * orientation, circular variance, preferred SF and F1/F0 (units.csv), the best-category counts (summary.json), and the
 * key figure, predicted against measured preferred orientation and SF (prediction.csv).
 */
final class ReportFigures {
    static final int WIDTH = 480;
    static final int HEIGHT = 320;
    private static final double[] ORI_EDGES = Histogram.linearEdges(0, 180, 12);
    private static final double[] CV_EDGES = Histogram.linearEdges(0, 1, 10);
    private static final double[] F1F0_EDGES = Histogram.linearEdges(0, 2, 10);

    private final Path dir;
    private final List<Figure> figures = new ArrayList<>();

    ReportFigures(Path reportDir) throws IOException {
        this.dir = Files.createDirectories(reportDir.resolve("figures"));
    }

    List<Figure> draw(StudyResults study) throws IOException {
        Optional<ResultsFolder> tuning = study.withMetric("orientation");
        if (tuning.isPresent()) {
            distributions(tuning.get());
        }
        Optional<ResultsFolder> categories = study.withMetric("category");
        if (categories.isPresent() && categories.get().summary() != null) {
            categories(categories.get());
        }
        Optional<ResultsFolder> prediction = study.withPrediction();
        if (prediction.isPresent()) {
            prediction(prediction.get());
        }
        return figures;
    }

    private void distributions(ResultsFolder run) throws IOException {
        for (String layer : run.layers()) {
            List<Map<String, String>> u = run.units(layer);
            double[] ori = u.stream().filter(r -> "tuned".equals(r.get("ori_status"))).mapToDouble(r -> LayerTables.number(r.get("pref_ori_deg")))
                    .toArray();
            histogram("ori-" + layer, layer, "preferred orientation of orientation-tuned units (°)", ori, ORI_EDGES, false);
            histogram("cv-" + layer, layer, "circular variance", LayerTables.column(u, "circ_var"), CV_EDGES, false);
            double[] sf = LayerTables.column(u, "pref_sf_cpp");
            histogram("sf-" + layer, layer, "preferred SF (cycles/px)", sf, sfEdges(run), true);
            histogram("f1f0-" + layer, layer, "F1/F0 (> 1: simple)", LayerTables.column(u, "f1_f0"), F1F0_EDGES, false);
        }
    }

    /** Geometric bins between the lowest and highest SF the gratings had (from the units' own range when not stated). */
    private static double[] sfEdges(ResultsFolder run) {
        double[] sf = LayerTables.column(run.units(), "pref_sf_cpp");
        double lo = Arrays.stream(sf).filter(v -> v > 0).min().orElse(0.01);
        double hi = Arrays.stream(sf).max().orElse(0.5);
        return Histogram.logEdges(lo / 1.05, Math.max(hi, lo * 1.1) * 1.05, 8);
    }

    private void histogram(String id, String layer, String xLabel, double[] values, double[] edges, boolean logX) throws IOException {
        JFreeChart chart = Histogram.chart(layer + ": " + xLabel, xLabel, edges, Map.of(layer, values), logX);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("edges", edges);
        data.put("counts", Histogram.counts(values, edges));
        data.put("values", values.length);
        write(new Figure(id, "distributions", layer, xLabel + " (" + values.length + " units)", data), chart);
    }

    private void categories(ResultsFolder run) throws IOException {
        for (String layer : run.layers()) {
            if (!run.summary().has(layer)) {
                continue;
            }
            var counts = run.summary().getAsJsonObject(layer).getAsJsonObject("category").getAsJsonObject("best_category_counts");
            List<String> names = new ArrayList<>(counts.keySet());
            double[] n = names.stream().mapToDouble(c -> counts.get(c).getAsDouble()).toArray();
            JFreeChart chart = BarCharts.means(layer + ": units preferring each category", "units", names, n, new double[n.length], -1);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("categories", names);
            data.put("units", n);
            write(new Figure("categories-" + layer, "categories", layer, "best-category counts", data), chart);
        }
    }

    private void prediction(ResultsFolder run) throws IOException {
        for (String layer : run.layers()) {
            List<Map<String, String>> rows = run.prediction().stream().filter(r -> layer.equals(r.get("layer"))).toList();
            scatter("predicted-ori-" + layer, layer, "preferred orientation (°)", rows, "orientation", 180);
            scatter("predicted-sf-" + layer, layer, "preferred SF (cycles/px)", rows, "sf", 0.5);
        }
    }

    private void scatter(String id, String layer, String what, List<Map<String, String>> rows, String column, double max)
            throws IOException {
        PreferenceScatter chart = new PreferenceScatter(layer + ": " + what + ", predicted by the RF against measured",
                "measured " + what, "predicted " + what, max);
        Map<String, Object> data = new LinkedHashMap<>();
        for (String estimator : List.of("awa", "awc")) {
            List<Map<String, String>> e = rows.stream().filter(r -> estimator.equals(r.get("estimator"))).toList();
            double[] measured = e.stream().mapToDouble(r -> LayerTables.number(r.get("measured_" + column))).toArray();
            double[] predicted = e.stream().mapToDouble(r -> LayerTables.number(r.get("predicted_" + column))).toArray();
            chart.addSeries(estimator, measured, predicted);
            data.put(estimator, Map.of("measured", measured, "predicted", predicted));
        }
        write(new Figure(id, "prediction", layer, what + ": each point a unit with a significant RF", data), chart.chart());
    }

    private void write(Figure f, JFreeChart chart) throws IOException {
        for (ChartFiles.Format format : List.of(ChartFiles.Format.PNG, ChartFiles.Format.SVG)) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(f.id() + "." + format.extension()))) {
                ChartFiles.write(out, format, chart, WIDTH, HEIGHT);
            }
        }
        figures.add(f);
    }
}
