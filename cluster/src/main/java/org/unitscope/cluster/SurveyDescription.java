package org.unitscope.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a survey description (docs/CLUSTER.md, "The survey format") into its runs: a JSON array of run entries, or an
 * object with "runs" (the same entries) and/or "grid" (models x weights x layers x stimulus sets over a base
 * description). Every reference to a run description file is read here, on the driver, so executors need no copy.
 */
public final class SurveyDescription {
    private final List<Path> lookIn;

    /** @param lookIn folders where relative references are looked up, in order (the survey's folder, the distribution) */
    public SurveyDescription(List<Path> lookIn) {
        this.lookIn = List.copyOf(lookIn);
    }

    public List<SurveyRun> read(Path file) throws IOException {
        JsonElement root = JsonParser.parseString(Files.readString(file));
        List<JsonObject> entries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (root.isJsonArray()) {
            addEntries(root.getAsJsonArray(), entries, names);
        } else if (root.isJsonObject()) {
            JsonObject o = root.getAsJsonObject();
            if (o.has("runs")) {
                addEntries(o.getAsJsonArray("runs"), entries, names);
            }
            if (o.has("grid")) {
                new SurveyGrid(this::description).expand(o.getAsJsonObject("grid"), entries, names);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(file + ": a survey needs \"runs\" or a \"grid\" (or is a JSON array of runs)");
        }
        return toRuns(entries, names);
    }

    private void addEntries(JsonArray runs, List<JsonObject> entries, List<String> names) throws IOException {
        for (JsonElement e : runs) {
            JsonObject entry = e.getAsJsonObject();
            if (!entry.has("name") || !entry.has("config")) {
                throw new IllegalArgumentException("each run of a survey needs \"name\" (its folder) and \"config\""
                        + " (a run description or the path of one): " + entry);
            }
            JsonObject d = description(entry.get("config"));
            if (entry.has("set")) {
                for (Map.Entry<String, JsonElement> s : entry.getAsJsonObject("set").entrySet()) {
                    d.add(s.getKey(), s.getValue().deepCopy());
                }
            }
            entries.add(d);
            names.add(entry.get("name").getAsString());
        }
    }

    /** A run description given inline (an object) or by reference (a path), as a fresh object the caller may change. */
    JsonObject description(JsonElement config) throws IOException {
        if (config.isJsonObject()) {
            return config.getAsJsonObject().deepCopy();
        }
        String ref = config.getAsString();
        for (Path dir : lookIn) {
            Path p = dir.resolve(ref);
            if (Files.isRegularFile(p)) {
                return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
            }
        }
        throw new IOException("run description '" + ref + "' not found (looked in " + lookIn + ")");
    }

    private static List<SurveyRun> toRuns(List<JsonObject> entries, List<String> names) {
        Set<String> seen = new HashSet<>();
        List<SurveyRun> runs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = names.get(i);
            if (!name.matches("[A-Za-z0-9._+-]+") || name.startsWith(".")) {
                throw new IllegalArgumentException("run name '" + name + "' is not a folder name (letters, digits, . _ + -)");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("two runs of the survey are named '" + name + "'");
            }
            JsonObject d = entries.get(i);
            Long seed = d.has("seed") ? d.get("seed").getAsLong() : null;
            runs.add(new SurveyRun(name, d.toString(), seed));
        }
        return runs;
    }
}
