package org.unitscope.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run description in the form a run's manifest.json records it (its {@code "run"} tree: the engine's
 * RunDescriptionJson.toTree of the parsed description), so that a survey description can be compared with the run a
 * folder holds: defaults filled in, components as {@code {id, parameters}}, memory sizes in bytes, numbers by value.
 * The engine lives in the executors' distribution, not on the driver, hence this mirror of its JSON form; the
 * manifest's own tree goes through it too, so both sides are compared in one form.
 */
final class CanonicalDescription {
    /** The engine's defaults (RunDescriptionJson, RfOptions.DEFAULT). */
    private static final int DEFAULT_GRID = 32;

    private CanonicalDescription() {
    }

    static JsonObject of(String json) {
        return of(JsonParser.parseString(json).getAsJsonObject());
    }

    static JsonObject of(JsonObject o) {
        JsonObject c = new JsonObject();
        c.addProperty("name", o.has("name") ? o.get("name").getAsString() : "run");
        c.add("model", ref(o.get("model")));
        c.add("layers", o.has("layers") ? o.get("layers") : new JsonArray());
        c.addProperty("readout", readout(o.has("readout") ? o.get("readout").getAsString() : "centre"));
        c.add("stimulus", ref(o.get("stimulus")));
        c.add("metrics", refs(o.get("metrics")));
        c.add("estimators", refs(o.get("estimators")));
        c.add("receptiveField", rf(o.has("receptiveField") ? o.getAsJsonObject("receptiveField") : new JsonObject()));
        if (o.has("prediction") && !o.get("prediction").isJsonNull()) {
            c.add("prediction", ref(o.get("prediction")));
        }
        c.add("seed", number(o.has("seed") ? o.get("seed") : new JsonPrimitive(0)));
        JsonElement batch = o.get("batchSize");
        c.add("batchSize", batch == null || isText(batch, "auto") ? new JsonPrimitive("auto") : number(batch));
        return c;
    }

    /**
     * Where {@code a} and {@code b} (both canonical) first differ, as "key: A here, B there", or null when they are
     * the same description.
     */
    static String difference(JsonObject a, JsonObject b) {
        for (String key : a.keySet()) {
            JsonElement x = a.get(key);
            JsonElement y = b.has(key) ? b.get(key) : JsonNull.INSTANCE;
            if (!x.equals(y)) {
                return key + ": " + x + " here, " + y + " in the folder";
            }
        }
        for (String key : b.keySet()) {
            if (!a.has(key)) {
                return key + ": none here, " + b.get(key) + " in the folder";
            }
        }
        return null;
    }

    private static JsonObject rf(JsonObject r) {
        JsonObject c = new JsonObject();
        c.add("grid", number(r.has("grid") ? r.get("grid") : new JsonPrimitive(DEFAULT_GRID)));
        c.addProperty("channels", r.has("channels") ? r.get("channels").getAsString() : "mean");
        JsonElement m = r.get("maxMemory");
        c.add("maxMemory", m == null || isText(m, "auto") ? new JsonPrimitive("auto")
                : m.getAsJsonPrimitive().isString() ? new JsonPrimitive(bytes(m.getAsString())) : number(m));
        c.add("blockSize", number(r.has("blockSize") ? r.get("blockSize") : new JsonPrimitive(0)));
        return c;
    }

    private static JsonArray refs(JsonElement list) {
        JsonArray a = new JsonArray();
        if (list != null && list.isJsonArray()) {
            for (JsonElement e : list.getAsJsonArray()) {
                a.add(ref(e));
            }
        }
        return a;
    }

    /** A component: a bare id or {id, ...parameters} or {id, parameters: {...}}, as {id, parameters} sorted by name. */
    private static JsonObject ref(JsonElement e) {
        JsonObject c = new JsonObject();
        if (e == null || e.isJsonNull()) {
            return c;
        }
        if (e.isJsonPrimitive()) {
            c.addProperty("id", e.getAsString());
            c.add("parameters", new JsonObject());
            return c;
        }
        Map<String, JsonElement> params = new TreeMap<>();
        for (Map.Entry<String, JsonElement> p : e.getAsJsonObject().entrySet()) {
            if (p.getKey().equals("parameters") && p.getValue().isJsonObject()) {
                p.getValue().getAsJsonObject().entrySet().forEach(q -> params.put(q.getKey(), value(q.getValue())));
            } else if (!p.getKey().equals("id")) {
                params.put(p.getKey(), value(p.getValue()));
            }
        }
        c.add("id", e.getAsJsonObject().get("id"));
        JsonObject p = new JsonObject();
        params.forEach(p::add);
        c.add("parameters", p);
        return c;
    }

    /** Numbers by value (2, 2.0 and 2e0 are one number), recursively. */
    private static JsonElement value(JsonElement e) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            return number(e);
        }
        if (e.isJsonArray()) {
            JsonArray a = new JsonArray();
            e.getAsJsonArray().forEach(x -> a.add(value(x)));
            return a;
        }
        if (e.isJsonObject()) {
            JsonObject o = new JsonObject();
            new TreeMap<>(e.getAsJsonObject().asMap()).forEach((k, v) -> o.add(k, value(v)));
            return o;
        }
        return e;
    }

    private static JsonElement number(JsonElement e) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return e;
        }
        BigDecimal d = e.getAsBigDecimal().stripTrailingZeros();
        return new JsonPrimitive(d.scale() < 0 ? d.setScale(0) : d);
    }

    private static boolean isText(JsonElement e, String text) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && text.equals(e.getAsString());
    }

    private static String readout(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("center")) {
            return "centre";
        }
        String[] p = t.split(",");
        return p.length == 2 ? Integer.parseInt(p[0].trim()) + "," + Integer.parseInt(p[1].trim()) : t;
    }

    /** The engine's MemorySize: 512m, 2g, 1.5gib (binary units); what it cannot read is left for the run to refuse. */
    private static long bytes(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
        long unit = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1;
        };
        try {
            return (long) (Double.parseDouble(unit == 1 ? s : s.substring(0, s.length() - 1).trim()) * unit);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
