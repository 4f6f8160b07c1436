package org.unitscope.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a survey's "grid" into run descriptions: every combination of "models" x "weights" x "layers" x "stimuli"
 * over "base" (each axis optional; a missing axis keeps the base's value). Run names are built from the values
 * (model, weights file name, layer, stimulus id), so a results folder says what it holds.
 */
final class SurveyGrid {
    /** Reads a run description given inline or by reference. */
    interface Descriptions {
        JsonObject read(JsonElement config) throws IOException;
    }

    private final Descriptions descriptions;

    SurveyGrid(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    void expand(JsonObject grid, List<JsonObject> entries, List<String> names) throws IOException {
        if (!grid.has("base")) {
            throw new IllegalArgumentException("a survey grid needs \"base\": the run description every cell starts from");
        }
        JsonObject base = descriptions.read(grid.get("base"));
        for (JsonElement model : axis(grid, "models")) {
            for (JsonElement weights : axis(grid, "weights")) {
                for (JsonElement layers : axis(grid, "layers")) {
                    for (JsonElement stimulus : axis(grid, "stimuli")) {
                        JsonObject d = base.deepCopy();
                        List<String> parts = new ArrayList<>();
                        setModel(d, model, weights, parts);
                        if (!layers.isJsonNull()) {
                            JsonArray l = layers.isJsonArray() ? layers.getAsJsonArray() : single(layers);
                            d.add("layers", l);
                            parts.add(l.isEmpty() ? "all" : String.join("+", l.asList().stream().map(JsonElement::getAsString).toList()));
                        }
                        if (!stimulus.isJsonNull()) {
                            d.add("stimulus", stimulus.deepCopy());
                            parts.add(idOf(stimulus));
                        }
                        entries.add(d);
                        names.add(uniqueName(String.join("-", parts), names));
                    }
                }
            }
        }
    }

    private static void setModel(JsonObject d, JsonElement model, JsonElement weights, List<String> parts) {
        JsonObject m = d.has("model") && d.get("model").isJsonObject() ? d.getAsJsonObject("model").deepCopy() : new JsonObject();
        if (d.has("model") && d.get("model").isJsonPrimitive()) {
            m.addProperty("id", d.get("model").getAsString());
        }
        if (!model.isJsonNull()) {
            m = model.isJsonObject() ? model.getAsJsonObject().deepCopy() : idObject(model.getAsString());
        }
        if (!weights.isJsonNull()) {
            m.add("weights", weights.deepCopy());
        }
        d.add("model", m);
        parts.add(m.has("id") ? m.get("id").getAsString() : "model");
        if (!weights.isJsonNull()) {
            String w = weights.getAsString();
            parts.add(w.substring(w.lastIndexOf('/') + 1).replaceFirst("\\.(params|h5|pt)$", "").replace(".weights", ""));
        }
    }

    private static List<JsonElement> axis(JsonObject grid, String name) {
        if (!grid.has(name) || grid.getAsJsonArray(name).isEmpty()) {
            return List.of(JsonNull.INSTANCE);
        }
        return grid.getAsJsonArray(name).asList();
    }

    private static JsonArray single(JsonElement e) {
        JsonArray a = new JsonArray();
        a.add(e);
        return a;
    }

    private static JsonObject idObject(String id) {
        JsonObject o = new JsonObject();
        o.add("id", new JsonPrimitive(id));
        return o;
    }

    private static String idOf(JsonElement stimulus) {
        return stimulus.isJsonObject() && stimulus.getAsJsonObject().has("id") ? stimulus.getAsJsonObject().get("id").getAsString()
                : stimulus.getAsString();
    }

    /** Folder-safe and unique: a second cell with the same values (e.g. two stimulus sets of one id) gets -2, -3, ... */
    private static String uniqueName(String raw, List<String> taken) {
        String name = raw.replaceAll("[^A-Za-z0-9._+-]", "_");
        String candidate = name;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}
