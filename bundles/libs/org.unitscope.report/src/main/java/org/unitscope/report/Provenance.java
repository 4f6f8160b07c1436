package org.unitscope.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.stream.Collectors;

/**
 * The "can I trust it" table: for each part, from its manifest, the network and its weights (hash), preprocessing,
 * stimulus set with its parameters, seed, counts, skipped and failed stimuli, software versions and run time.
 */
final class Provenance {
    private Provenance() {
    }

    static ReportTable of(StudyResults study) {
        ReportTable.Builder t = new ReportTable.Builder("provenance", "What each part ran on",
                "from each part's manifest.json, which also lists every file the run wrote")
                .column("part", "%s", "results sub-folder")
                .column("status", "%s", "complete, incomplete (stopped; what was done is kept) or failed")
                .column("network", "%s", "model backend and the network it loaded")
                .column("weights sha256", "%s", "SHA-256 of the weights, as loaded")
                .column("preprocessing", "%s", "input preprocessing the weights expect")
                .column("stimuli", "%s", "stimulus set and its parameters")
                .column("seed", "%d", "the run's seed (stimuli, shuffles)")
                .column("stimuli done", "%d", "stimuli probed")
                .column("skipped / failed", "%s", "stimuli skipped or failed (e.g. unreadable images), with their count")
                .column("software", "%s", "unitscope, Java and engine versions")
                .column("time (s)", "%.1f", "the run's wall time");
        for (ResultsFolder p : study.parts()) {
            JsonObject m = p.manifest();
            JsonObject model = m.getAsJsonObject("model");
            t.row(p.name(), p.status(), ResultsFolder.text(model, "id") + ": " + ResultsFolder.text(model, "name"),
                    ResultsFolder.text(model, "sha256"), ResultsFolder.text(model, "preprocessing"), stimulus(m),
                    m.getAsJsonObject("run").get("seed").getAsLong(), m.has("stimuli_done") ? m.get("stimuli_done").getAsLong() : 0,
                    size(m, "skipped_stimuli") + " / " + size(m, "failed_stimuli"), software(m), seconds(m));
        }
        return t.build();
    }

    private static String stimulus(JsonObject m) {
        JsonObject s = m.getAsJsonObject("stimulus");
        String params = s.has("parameters") ? s.getAsJsonObject("parameters").entrySet().stream()
                .map(e -> e.getKey() + "=" + compact(e.getValue())).collect(Collectors.joining(", ")) : "";
        return ResultsFolder.text(s, "id") + " " + ResultsFolder.text(s, "version") + " (" + params + ")";
    }

    private static String compact(JsonElement e) {
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static int size(JsonObject m, String member) {
        return m.has(member) && m.get(member).isJsonArray() ? m.getAsJsonArray(member).size() : 0;
    }

    private static String software(JsonObject m) {
        JsonObject u = m.getAsJsonObject("unitscope");
        JsonObject prov = m.getAsJsonObject("model").has("provenance") ? m.getAsJsonObject("model").getAsJsonObject("provenance") : null;
        String engine = prov == null ? "" : ", DJL " + ResultsFolder.text(prov, "djl") + ", " + ResultsFolder.text(prov, "engine") + " "
                + ResultsFolder.text(prov, "engineVersion");
        return "unitscope " + ResultsFolder.text(u, "version") + ", Java " + ResultsFolder.text(u, "java") + engine;
    }

    private static double seconds(JsonObject m) {
        JsonObject t = m.getAsJsonObject("timings_s");
        return t != null && t.has("total") ? t.get("total").getAsDouble() : Double.NaN;
    }
}
