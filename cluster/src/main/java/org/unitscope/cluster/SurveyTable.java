package org.unitscope.cluster;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * survey.csv: one row per run x layer (a network, its weights and a layer) with the layer's summary figures, read from
 * the run's own units.csv. Fractions are over all units of the layer; the median circular variance is over its
 * orientation-tuned units (untuned units have no tuning to average: docs/SCIENCE.md). A figure whose column the run
 * lacks (no such metric) is left empty.
 */
final class SurveyTable {
    static final String HEADER = "run,model,weights,layer,units,unresponsive,ori_tuned,frac_ori_tuned,median_circ_var_tuned,"
            + "frac_sf_band_pass,frac_simple";

    private SurveyTable() {
    }

    static void write(Path out, List<SurveyRun> runs, List<RunOutcome> outcomes) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < runs.size(); i++) {
            Path units = out.resolve(runs.get(i).name()).resolve("units.csv");
            if (outcomes.get(i).complete() && Files.isRegularFile(units)) {
                lines.addAll(rows(runs.get(i), units));
            }
        }
        Path tmp = out.resolve("survey.csv.tmp");
        Files.write(tmp, lines);
        Files.move(tmp, out.resolve("survey.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> rows(SurveyRun run, Path unitsCsv) throws IOException {
        Map<String, List<Map<String, String>>> byLayer = new LinkedHashMap<>();
        for (Map<String, String> unit : readCsv(unitsCsv)) {
            byLayer.computeIfAbsent(unit.get("layer"), k -> new ArrayList<>()).add(unit);
        }
        String[] model = model(run);
        List<String> rows = new ArrayList<>();
        for (var layer : byLayer.entrySet()) {
            rows.add(String.join(",", run.name(), csv(model[0]), csv(model[1]), csv(layer.getKey()), figures(layer.getValue())));
        }
        return rows;
    }

    private static String figures(List<Map<String, String>> units) {
        int n = units.size();
        long unresponsive = count(units, "ori_status", "unresponsive");
        long tuned = count(units, "ori_status", "tuned");
        double[] cv = units.stream().filter(u -> "tuned".equals(u.get("ori_status")))
                .map(u -> u.get("circ_var")).filter(s -> s != null && !s.isEmpty()).mapToDouble(Double::parseDouble).sorted().toArray();
        boolean ori = units.get(0).containsKey("ori_status");
        boolean sf = units.get(0).containsKey("sf_class");
        boolean phase = units.get(0).containsKey("phase_class");
        return String.join(",", Integer.toString(n), ori ? Long.toString(unresponsive) : "", ori ? Long.toString(tuned) : "",
                ori ? fraction(tuned, n) : "", cv.length > 0 ? number(median(cv)) : "",
                sf ? fraction(count(units, "sf_class", "band-pass"), n) : "",
                phase ? fraction(count(units, "phase_class", "simple"), n) : "");
    }

    private static long count(List<Map<String, String>> units, String column, String value) {
        return units.stream().filter(u -> value.equals(u.get(column))).count();
    }

    private static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static String fraction(long k, int n) {
        return number((double) k / n);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** The model id and weights of a run description ("model" is an object or a bare id). */
    private static String[] model(SurveyRun run) {
        JsonElement m = JsonParser.parseString(run.description()).getAsJsonObject().get("model");
        if (m == null) {
            return new String[] {"", ""};
        }
        if (!m.isJsonObject()) {
            return new String[] {m.getAsString(), ""};
        }
        JsonObject o = m.getAsJsonObject();
        return new String[] {o.has("id") ? o.get("id").getAsString() : "", o.has("weights") ? o.get("weights").getAsString() : ""};
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** units.csv as written by the engine: a header, plain cells (layer names and classes hold no commas). */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = Arrays.copyOf(line.split(",", -1), header.length);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i] == null ? "" : cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
