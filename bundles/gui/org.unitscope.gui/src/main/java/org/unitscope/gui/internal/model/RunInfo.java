package org.unitscope.gui.internal.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the charts need from a run's {@code manifest.json} (the model id, the metrics' and the stimulus set's resolved
 * parameters) and {@code summary.json} (the category names, in category order, from a layer's best-category counts).
 * Either file may be missing: the answers are then empty.
 */
public record RunInfo(JsonObject manifest, JsonObject summary) {

    public static RunInfo read(Path folder) throws IOException {
        return new RunInfo(json(folder.resolve("manifest.json")), json(folder.resolve("summary.json")));
    }

    public static RunInfo empty() {
        return new RunInfo(new JsonObject(), new JsonObject());
    }

    private static JsonObject json(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new JsonObject();
        }
        JsonElement e = JsonParser.parseString(Files.readString(file));
        return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    /** The model's id ("synthetic-v1", "vgg16"), or "network" when the manifest does not say. */
    public String modelId() {
        JsonObject model = object(manifest, "model");
        return model.has("id") ? model.get("id").getAsString() : "network";
    }

    /** A metric's resolved parameter as text, or "" when the run has no such metric or parameter. */
    public String metricParameter(String metric, String name) {
        if (manifest.has("metrics") && manifest.get("metrics").isJsonArray()) {
            for (JsonElement m : manifest.getAsJsonArray("metrics")) {
                JsonObject o = m.getAsJsonObject();
                if (o.has("id") && o.get("id").getAsString().equals(metric)) {
                    JsonObject p = object(o, "parameters");
                    return p.has(name) ? p.get(name).getAsString() : "";
                }
            }
        }
        return "";
    }

    /** The stimulus set's resolved parameter as text (e.g. the image folder's {@code root}), or "". */
    public String stimulusParameter(String name) {
        JsonObject p = object(object(manifest, "stimulus"), "parameters");
        return p.has(name) && p.get(name).isJsonPrimitive() ? p.get(name).getAsString() : "";
    }

    /** The category names of a layer in category order, or an empty list when summary.json has none. */
    public List<String> categoryNames(String layer) {
        JsonObject counts = object(object(object(summary, layer), "category"), "best_category_counts");
        return new ArrayList<>(counts.keySet());
    }

    /** A layer-level figure of a metric from summary.json as text, or "". */
    public String figure(String layer, String metric, String name) {
        JsonObject m = object(object(summary, layer), metric);
        return m.has(name) && m.get(name).isJsonPrimitive() ? m.get(name).getAsString() : "";
    }

    private static JsonObject object(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonObject() ? o.getAsJsonObject(key) : new JsonObject();
    }
}
