package org.unitscope.cluster;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code --resume} does with each run of a survey, decided on the driver from the run's folder under
 * {@code --out} and its manifest.json: keep a complete run of the same description, continue an interrupted one
 * ({@code unitscope run --resume}), replace a failed one, run a missing one. A folder that holds another description
 * is refused by name, unless {@code --overwrite}.
 */
record SurveyResume(Map<String, Action> actions, Map<String, RunOutcome> kept, List<String> refusals) {

    /** How a run's task starts it. */
    enum Action {
        /** {@code unitscope run --config --out} (with --overwrite when the survey has it, or on a retried attempt). */
        RUN,
        /** {@code unitscope run --config --out --overwrite}: the folder holds a failed run (or another one, with --overwrite). */
        REPLACE,
        /** {@code unitscope run --resume DIR}: the folder holds an interrupted run of the same description. */
        CONTINUE,
        /** Not run: the folder holds the complete run of the same description. */
        KEEP
    }

    /** Every run as a fresh one: a survey without --resume. */
    static SurveyResume none(List<SurveyRun> runs) {
        Map<String, Action> a = new LinkedHashMap<>();
        runs.forEach(r -> a.put(r.name(), Action.RUN));
        return new SurveyResume(a, Map.of(), List.of());
    }

    static SurveyResume plan(List<SurveyRun> runs, Path out, boolean overwrite) {
        Map<String, Action> actions = new LinkedHashMap<>();
        Map<String, RunOutcome> kept = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        for (SurveyRun run : runs) {
            Path manifestFile = out.resolve(run.name()).resolve("manifest.json");
            if (!Files.isRegularFile(manifestFile)) {
                actions.put(run.name(), Action.RUN);
                continue;
            }
            JsonObject manifest = read(manifestFile);
            String difference = manifest == null ? "its manifest.json cannot be read" : difference(run, manifest);
            String status = manifest == null ? "" : text(manifest, "status");
            Action action;
            if (difference != null) {
                action = Action.REPLACE;
                if (!overwrite) {
                    refusals.add(String.format("run '%s': %s holds another run description (%s)", run.name(), out.resolve(run.name()),
                            difference));
                }
            } else if ("complete".equals(status)) {
                action = Action.KEEP;
                kept.put(run.name(), keptOutcome(run, manifest));
            } else if ("failed".equals(status)) {
                action = Action.REPLACE;
            } else {
                // incomplete (stopped) or running (its process killed: a live one is refused by the run itself)
                action = Action.CONTINUE;
            }
            actions.put(run.name(), action);
        }
        return new SurveyResume(actions, kept, refusals);
    }

    /** The runs that need a task, in the survey's order. */
    List<SurveyRun> toRun(List<SurveyRun> runs) {
        return runs.stream().filter(r -> actions.get(r.name()) != Action.KEEP).toList();
    }

    long count(Action action) {
        return actions.values().stream().filter(a -> a == action).count();
    }

    private static String difference(SurveyRun run, JsonObject manifest) {
        JsonElement recorded = manifest.get("run");
        if (recorded == null || !recorded.isJsonObject()) {
            return "its manifest.json records no run description";
        }
        try {
            return CanonicalDescription.difference(CanonicalDescription.of(run.description()),
                    CanonicalDescription.of(recorded.getAsJsonObject()));
        } catch (RuntimeException e) {
            return "cannot compare the descriptions: " + e.getMessage();
        }
    }

    /** A kept run as survey.json lists it: complete, its own time from its manifest, nothing run now. */
    private static RunOutcome keptOutcome(SurveyRun run, JsonObject manifest) {
        double seconds = 0;
        JsonElement t = manifest.get("timings_s");
        if (t != null && t.isJsonObject() && t.getAsJsonObject().has("total")) {
            seconds = t.getAsJsonObject().get("total").getAsDouble();
        }
        return new RunOutcome(run.name(), "complete", 0, "kept: complete results of the same description (finished "
                + text(manifest, "finished") + ")", seconds, "", 0, 0, RunOutcome.KEPT);
    }

    private static JsonObject read(Path file) {
        try {
            JsonElement e = JsonParser.parseString(Files.readString(file));
            return e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
