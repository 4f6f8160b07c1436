package org.unitscope.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.unitscope.plot.BarCharts;
import org.unitscope.plot.Histogram;
import org.unitscope.plot.PreferenceScatter;

/**
 * Draws the report's figures into {@code figures/} as PNG and SVG: per layer the distributions of preferred
 * orientation, circular variance, preferred SF and F1/F0 (units.csv), the best-category counts (summary.json), and the
 * key figure, predicted against measured preferred orientation and SF (prediction.csv).
 */
final class ReportFigures {
    private static final double[] ORI_EDGES = Histogram.linearEdges(0, 180, 12);
    private static final double[] CV_EDGES = Histogram.linearEdges(0, 1, 10);
    private static final double[] F1F0_EDGES = Histogram.linearEdges(0, 2, 10);

    private final FigureFiles files;

    ReportFigures(FigureFiles files) {
        this.files = files;
    }

    /**
     * The figures of one study, or of several compared (each keyed by its label): distributions are drawn once per
     * layer that every study has, with one series per study; the other figures once per study.
     */
    List<Figure> draw(Map<String, StudyResults> studies) throws IOException {
        Map<String, ResultsFolder> tuning = new LinkedHashMap<>();
        studies.forEach((label, s) -> s.withMetric("orientation").ifPresent(r -> tuning.put(label, r)));
        if (tuning.size() == studies.size()) {
            distributions(tuning);
        }
        if (studies.size() == 1) {
            new ExampleUnits(files).draw(studies.values().iterator().next());
        }
        for (Map.Entry<String, StudyResults> s : studies.entrySet()) {
            String prefix = studies.size() > 1 ? s.getKey() + "-" : "";
            Optional<ResultsFolder> categories = s.getValue().withMetric("category");
            if (categories.isPresent() && categories.get().summary() != null) {
                categories(prefix, categories.get());
            }
            Optional<ResultsFolder> prediction = s.getValue().withPrediction();
            if (prediction.isPresent()) {
                prediction(prefix, prediction.get());
            }
        }
        return files.figures();
    }

    private void distributions(Map<String, ResultsFolder> runs) throws IOException {
        List<String> layers = new ArrayList<>(runs.values().iterator().next().layers());
        runs.values().forEach(r -> layers.retainAll(r.layers()));
        double[] sfEdges = sfEdges(runs.values());
        for (String layer : layers) {
            histogram("ori-" + layer, layer, "preferred orientation of orientation-tuned units (°)", sample(runs, layer, u -> u.stream()
                    .filter(r -> "tuned".equals(r.get("ori_status"))).mapToDouble(r -> LayerTables.number(r.get("pref_ori_deg"))).toArray()),
                    ORI_EDGES, false);
            histogram("cv-" + layer, layer, "circular variance", sample(runs, layer, u -> LayerTables.column(u, "circ_var")), CV_EDGES, false);
            histogram("sf-" + layer, layer, "preferred SF (cycles/px)", sample(runs, layer, u -> LayerTables.column(u, "pref_sf_cpp")),
                    sfEdges, true);
            histogram("f1f0-" + layer, layer, "F1/F0 (> 1: simple)", sample(runs, layer, u -> LayerTables.column(u, "f1_f0")),
                    F1F0_EDGES, false);
        }
    }

    /** One layer's values per run, keyed by the run's label (the layer's name when there is one run: no legend). */
    private static Map<String, double[]> sample(Map<String, ResultsFolder> runs, String layer,
            java.util.function.Function<List<Map<String, String>>, double[]> values) {
        Map<String, double[]> out = new LinkedHashMap<>();
        runs.forEach((label, run) -> out.put(runs.size() == 1 ? layer : label, values.apply(run.units(layer))));
        return out;
    }

    /** Geometric bins spanning the preferred SFs of every run (the gratings' SF range, as the units found it). */
    private static double[] sfEdges(java.util.Collection<ResultsFolder> runs) {
        double[] sf = runs.stream().flatMapToDouble(r -> Arrays.stream(LayerTables.column(r.units(), "pref_sf_cpp"))).toArray();
        double lo = Arrays.stream(sf).filter(v -> v > 0).min().orElse(0.01);
        double hi = Arrays.stream(sf).max().orElse(0.5);
        return Histogram.logEdges(lo / 1.05, Math.max(hi, lo * 1.1) * 1.05, 8);
    }

    private void histogram(String id, String layer, String xLabel, Map<String, double[]> samples, double[] edges, boolean logX)
            throws IOException {
        JFreeChart chart = Histogram.chart(layer + ": " + xLabel, xLabel, edges, samples, logX);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("edges", edges);
        Map<String, Object> counts = new LinkedHashMap<>();
        samples.forEach((name, values) -> counts.put(name, Histogram.counts(values, edges)));
        data.put("counts", counts);
        Map<String, Object> sizes = new LinkedHashMap<>();
        samples.forEach((name, values) -> sizes.put(name, values.length));
        data.put("values", sizes);
        String n = samples.values().stream().map(v -> String.valueOf(v.length)).collect(java.util.stream.Collectors.joining(" / "));
        write(new Figure(id, "distributions", layer, xLabel + " (" + n + " units" + (samples.size() > 1 ? ": " + String.join(" / ",
                samples.keySet()) : "") + ")", data), chart);
    }

    private void categories(String prefix, ResultsFolder run) throws IOException {
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
            write(new Figure(prefix + "categories-" + layer, "categories", prefix + layer, "best-category counts", data), chart);
        }
    }

    private void prediction(String prefix, ResultsFolder run) throws IOException {
        for (String layer : run.layers()) {
            List<Map<String, String>> rows = run.prediction().stream().filter(r -> layer.equals(r.get("layer"))).toList();
            List<Map<String, String>> stats = run.predictionSummary().stream().filter(r -> layer.equals(r.get("layer"))).toList();
            scatter(prefix + "predicted-ori-" + layer, prefix + layer, "preferred orientation (°)", rows, "orientation", 180,
                    agreement(stats, true));
            scatter(prefix + "predicted-sf-" + layer, prefix + layer, "preferred SF (cycles/px)", rows, "sf", 0.5, agreement(stats, false));
        }
    }

    /** The agreement statistics of prediction-summary.csv for a caption: per estimator, orientation or SF. */
    static String agreement(List<Map<String, String>> stats, boolean orientation) {
        List<String> parts = new ArrayList<>();
        for (Map<String, String> r : stats) {
            parts.add(orientation
                    ? String.format(java.util.Locale.ROOT, "%s: %s compared, circular r %s, median |Δori| %s°, %s within 15°", r.get("estimator"),
                            r.get("compared"), shown(r.get("circular_correlation"), "%.2f"), shown(r.get("median_abs_delta_orientation"), "%.1f"),
                            shown(r.get("fraction_within_15"), "%.2f"))
                    : String.format(java.util.Locale.ROOT, "%s: %s significant, median SF error %s octaves", r.get("estimator"),
                            r.get("significant"), shown(r.get("median_sf_error_octaves"), "%.2f")));
        }
        return String.join("; ", parts);
    }

    private static String shown(String cell, String format) {
        return ReportTable.format(format, LayerTables.number(cell));
    }

    private void scatter(String id, String layer, String what, List<Map<String, String>> rows, String column, double max,
            String agreement) throws IOException {
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
        write(new Figure(id, "prediction", layer, what + ", each point a unit with a significant RF (dashed: identity). "
                + agreement, data), chart.chart());
    }

    private void write(Figure f, JFreeChart chart) throws IOException {
        files.add(f, chart);
    }
}
