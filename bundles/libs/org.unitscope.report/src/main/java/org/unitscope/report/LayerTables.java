package org.unitscope.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-layer tables of a report, each computed from the results file it names: grating tuning from
 * {@code units.csv}, category selectivity from {@code summary.json}, receptive fields and the prediction of tuning
 * from {@code prediction-summary.csv}. A part the study lacks gives no table.
 */
public final class LayerTables {
    private LayerTables() {
    }

    public static List<ReportTable> of(StudyResults study) {
        List<ReportTable> out = new ArrayList<>();
        study.withMetric("orientation").map(LayerTables::tuning).ifPresent(out::add);
        study.withMetric("category").flatMap(LayerTables::categories).ifPresent(out::add);
        study.withPrediction().map(LayerTables::receptiveFields).ifPresent(out::add);
        return out;
    }

    static ReportTable tuning(ResultsFolder run) {
        ReportTable.Builder t = new ReportTable.Builder("tuning", "Orientation and spatial-frequency tuning (gratings)",
                "from " + run.name() + "/units.csv; fractions of all units of the layer")
                .column("layer", "%s", "layer name")
                .column("units", "%d", "units probed (one per channel, centre readout)")
                .column("orientation-tuned", "%.2f", "fraction with ori_status = tuned: one peak and circular variance below the metric's untunedCv")
                .column("multi-peaked", "%.2f", "fraction with ori_status = multi-peaked")
                .column("unresponsive", "%.2f", "fraction with ori_status = unresponsive (no response to any grating)")
                .column("median CV", "%.3f", "median circular variance (0 = one orientation only, 1 = all alike) over responsive units")
                .column("SF band-pass", "%.2f", "fraction with sf_class = band-pass (falls off on both sides of the preferred SF)")
                .column("simple (F1/F0 > 1)", "%.2f", "fraction with phase_class = simple");
        for (String layer : run.layers()) {
            List<Map<String, String>> u = run.units(layer);
            t.row(layer, u.size(), fraction(u, "ori_status", "tuned"), fraction(u, "ori_status", "multi-peaked"),
                    fraction(u, "ori_status", "unresponsive"), median(column(u, "circ_var")), fraction(u, "sf_class", "band-pass"),
                    fraction(u, "phase_class", "simple"));
        }
        return t.build();
    }

    static Optional<ReportTable> categories(ResultsFolder run) {
        if (run.summary() == null) {
            return Optional.empty();
        }
        ReportTable.Builder t = new ReportTable.Builder("categories", "Category selectivity (natural images)",
                "from " + run.name() + "/summary.json")
                .column("layer", "%s", "layer name")
                .column("units", "%d", "units probed")
                .column("selective", "%.2f", "fraction whose responses differ between categories (test at alpha, corrected as stated)")
                .column("alpha", "%.3f", "significance level of the selectivity test")
                .column("correction", "%s", "multiple-comparison correction over the layer's units")
                .column("median SI", "%.3f", "median selectivity index")
                .column("most preferred category", "%s", "the category most units of the layer respond to best (units)");
        for (String layer : run.layers()) {
            JsonObject c = run.summary().has(layer) ? run.summary().getAsJsonObject(layer).getAsJsonObject("category") : null;
            if (c != null) {
                t.row(layer, c.get("units").getAsInt(), c.get("selective_fraction").getAsDouble(), c.get("alpha").getAsDouble(),
                        c.get("correction").getAsString(), number(c, "median_si"), favourite(c.getAsJsonObject("best_category_counts")));
            }
        }
        return Optional.of(t.build());
    }

    static ReportTable receptiveFields(ResultsFolder run) {
        ReportTable.Builder t = new ReportTable.Builder("receptive-fields", "Receptive fields and whether they predict the tuning",
                "from " + run.name() + "/prediction-summary.csv; orientation is compared where both the unit and its rebuilt RF"
                        + " are orientation-tuned, SF for every significant unit")
                .column("layer", "%s", "layer name")
                .column("estimator", "%s", "awa: activation-weighted average; awc: activation-weighted covariance (its leading axes)")
                .column("units", "%d", "units probed")
                .column("significant", "%d", "units whose estimator passed its shuffle test")
                .column("compared", "%d", "significant units orientation-tuned on both sides")
                .column("circular r", "%.2f", "circular correlation of measured and predicted preferred orientation")
                .column("median |Δori| (°)", "%.1f", "median absolute difference of preferred orientation, degrees")
                .column("within 15°", "%.2f", "fraction of compared units predicted within 15 degrees")
                .column("median SF error (oct)", "%.2f", "median |log2(predicted SF / measured SF)|");
        for (Map<String, String> r : run.predictionSummary()) {
            t.row(r.get("layer"), r.get("estimator"), (int) number(r.get("units")), (int) number(r.get("significant")), (int) number(r.get("compared")),
                    number(r.get("circular_correlation")), number(r.get("median_abs_delta_orientation")),
                    number(r.get("fraction_within_15")), number(r.get("median_sf_error_octaves")));
        }
        return t.build();
    }

    static double fraction(List<Map<String, String>> units, String column, String value) {
        return units.isEmpty() ? Double.NaN : units.stream().filter(u -> value.equals(u.get(column))).count() / (double) units.size();
    }

    static double[] column(List<Map<String, String>> units, String column) {
        return units.stream().mapToDouble(u -> number(u.get(column))).filter(Double::isFinite).toArray();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static double number(String cell) {
        return cell == null || cell.isBlank() ? Double.NaN : Double.parseDouble(cell);
    }

    private static double number(JsonObject o, String member) {
        return o.has(member) && !o.get(member).isJsonNull() ? o.get(member).getAsDouble() : Double.NaN;
    }

    private static String favourite(JsonObject counts) {
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, JsonElement> e) -> e.getValue().getAsInt()))
                .filter(e -> e.getValue().getAsInt() > 0).map(e -> e.getKey() + " (" + e.getValue().getAsInt() + ")").orElse("-");
    }
}
