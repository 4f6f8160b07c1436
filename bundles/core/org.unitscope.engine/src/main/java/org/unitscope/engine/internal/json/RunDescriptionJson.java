package org.unitscope.engine.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.ToNumberPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Readout;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.MemorySize;
import org.unitscope.api.run.RfOptions;
import org.unitscope.api.run.RunDescription;

/**
 * The JSON form of a run description. A service reference is {"id": ..., other keys = parameters}, or
 * {"id": ..., "parameters": {...}}. Unknown top-level keys are errors, so typos do not pass silently.
 */
public final class RunDescriptionJson {
    private static final Set<String> KEYS = Set.of("name", "model", "layers", "readout", "stimulus", "metrics", "estimators",
            "receptiveField", "prediction", "seed", "batchSize");
    private static final Set<String> RF_KEYS = Set.of("grid", "channels", "maxMemory", "blockSize");
    /** Without "batchSize" (or with "auto") the engine sizes batches to memory. */
    public static final int DEFAULT_BATCH = RunDescription.AUTO_BATCH;

    private final Gson gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).disableHtmlEscaping().create();

    public Gson gson() {
        return gson;
    }

    public RunDescription parse(String json) {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject()) {
                throw new UnitscopeException("a run description must be a JSON object");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new UnitscopeException("the run description is not valid JSON: " + JsonErrors.text(e), e);
        }
        for (String k : o.keySet()) {
            if (!KEYS.contains(k)) {
                throw new UnitscopeException("unknown key '" + k + "' in the run description; allowed: " + KEYS);
            }
        }
        String name = o.has("name") ? string(o.get("name"), "name") : "run";
        ComponentRef model = ref(o, "model");
        ComponentRef stimulus = ref(o, "stimulus");
        List<ComponentRef> metrics = refs(o, "metrics");
        List<ComponentRef> estimators = refs(o, "estimators");
        List<String> layers = new ArrayList<>();
        if (o.has("layers")) {
            for (JsonElement e : array(o, "layers")) {
                layers.add(string(e, "layers[]"));
            }
        }
        Readout readout;
        try {
            readout = Readout.parse(o.has("readout") ? string(o.get("readout"), "readout") : "centre");
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException(e.getMessage());
        }
        long seed = o.has("seed") ? integer(o, "seed").longValueExact() : 0L;
        boolean auto = !o.has("batchSize") || (o.get("batchSize").isJsonPrimitive() && o.get("batchSize").getAsJsonPrimitive().isString()
                && "auto".equals(o.get("batchSize").getAsString()));
        int batch = auto ? DEFAULT_BATCH : intValue(o, "batchSize");
        if (!auto && batch < 1) {
            throw new UnitscopeException("batchSize must be >= 1 or \"auto\", not " + batch);
        }
        RfOptions rf = o.has("receptiveField") ? rfOptions(o.get("receptiveField")) : RfOptions.DEFAULT;
        ComponentRef prediction = o.has("prediction") ? ref(o, "prediction") : null;
        if (prediction != null && estimators.isEmpty()) {
            throw new UnitscopeException("'prediction' compares the tuning of receptive fields with the units': it needs 'estimators'");
        }
        try {
            return new RunDescription(name, model, layers, readout, stimulus, metrics, estimators, rf, prediction, seed, batch);
        } catch (IllegalArgumentException e) {
            // the record's own checks (a layer named twice) name their field
            throw new UnitscopeException(e.getMessage(), e);
        }
    }

    private static RfOptions rfOptions(JsonElement e) {
        if (!e.isJsonObject()) {
            throw new UnitscopeException("'receptiveField' must be a JSON object with keys " + RF_KEYS);
        }
        JsonObject o = e.getAsJsonObject();
        for (String k : o.keySet()) {
            if (!RF_KEYS.contains(k)) {
                throw new UnitscopeException("unknown key 'receptiveField." + k + "'; allowed: " + RF_KEYS);
            }
        }
        int grid = o.has("grid") ? intValue(o, "grid") : RfOptions.DEFAULT.grid();
        if (grid < 0) {
            throw new UnitscopeException("'receptiveField.grid' must be >= 1 (or 0 = full resolution), not " + grid);
        }
        boolean pool = RfOptions.DEFAULT.poolChannels();
        if (o.has("channels")) {
            String c = string(o.get("channels"), "receptiveField.channels");
            if (!c.equals("mean") && !c.equals("all")) {
                throw new UnitscopeException("'receptiveField.channels' must be \"mean\" or \"all\", not \"" + c + "\"");
            }
            pool = c.equals("mean");
        }
        long memory = 0;
        if (o.has("maxMemory")) {
            JsonElement m = o.get("maxMemory");
            boolean text = m.isJsonPrimitive() && m.getAsJsonPrimitive().isString();
            memory = text && "auto".equals(m.getAsString()) ? 0
                    : text ? MemorySize.parse(m.getAsString(), "receptiveField.maxMemory") : integer(o, "maxMemory").longValueExact();
            if (memory < 0) {
                throw new UnitscopeException("'receptiveField.maxMemory' must be positive, not " + m);
            }
        }
        int block = o.has("blockSize") ? intValue(o, "blockSize") : RfOptions.DEFAULT_BLOCK;
        if (block < 0) {
            throw new UnitscopeException("'receptiveField.blockSize' must be >= 1 (stimuli per block of the sums) or 0 (one block,"
                    + " the default), not " + block);
        }
        return new RfOptions(grid, pool, memory).withBlockSize(block);
    }

    private List<ComponentRef> refs(JsonObject o, String key) {
        List<ComponentRef> out = new ArrayList<>();
        if (o.has(key)) {
            JsonArray a = array(o, key);
            for (int i = 0; i < a.size(); i++) {
                out.add(ref(a.get(i), key + "[" + i + "]"));
            }
        }
        return out;
    }

    private ComponentRef ref(JsonObject parent, String key) {
        if (!parent.has(key)) {
            throw new UnitscopeException("the run description needs '" + key + "'");
        }
        return ref(parent.get(key), key);
    }

    @SuppressWarnings("unchecked")
    private ComponentRef ref(JsonElement e, String where) {
        if (e.isJsonPrimitive()) {
            return new ComponentRef(string(e, where), Map.of());
        }
        if (!e.isJsonObject() || !e.getAsJsonObject().has("id")) {
            throw new UnitscopeException("'" + where + "' must be an id or an object with an \"id\"");
        }
        String id = string(e.getAsJsonObject().get("id"), where + ".id");
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> p : e.getAsJsonObject().entrySet()) {
            if (p.getKey().equals("id")) {
                continue;
            }
            if (p.getKey().equals("parameters")) {
                if (!p.getValue().isJsonObject()) {
                    throw new UnitscopeException("'" + where + ".parameters' must be a JSON object");
                }
                params.putAll(gson.fromJson(p.getValue(), Map.class));
            } else {
                params.put(p.getKey(), gson.fromJson(p.getValue(), Object.class));
            }
        }
        return new ComponentRef(id, params);
    }

    private static JsonArray array(JsonObject o, String key) {
        if (!o.get(key).isJsonArray()) {
            throw new UnitscopeException("'" + key + "' must be a JSON array");
        }
        return o.getAsJsonArray(key);
    }

    private static String string(JsonElement e, String where) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new UnitscopeException("'" + where + "' must be a string, not " + e);
        }
        return e.getAsString();
    }

    /** An integral JSON number, exactly: 2.7, "abc", [1] and values out of range are errors. */
    private static java.math.BigDecimal integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            try {
                java.math.BigDecimal d = e.getAsBigDecimal();
                d.toBigIntegerExact().longValueExact();
                return d;
            } catch (ArithmeticException | NumberFormatException ex) {
                // reported below
            }
        }
        throw new UnitscopeException("'" + key + "' must be an integer, not " + e);
    }

    private static int intValue(JsonObject o, String key) {
        try {
            return integer(o, key).intValueExact();
        } catch (ArithmeticException e) {
            throw new UnitscopeException("'" + key + "' is out of range: " + o.get(key));
        }
    }

    public String toJson(RunDescription d) {
        return gson.toJson(toTree(d));
    }

    public Map<String, Object> toTree(RunDescription d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("model", refTree(d.model()));
        m.put("layers", d.layers());
        m.put("readout", d.readout().toString());
        m.put("stimulus", refTree(d.stimulus()));
        m.put("metrics", d.metrics().stream().map(RunDescriptionJson::refTree).toList());
        m.put("estimators", d.estimators().stream().map(RunDescriptionJson::refTree).toList());
        Map<String, Object> rf = new LinkedHashMap<>();
        rf.put("grid", d.rf().grid());
        rf.put("channels", d.rf().poolChannels() ? "mean" : "all");
        rf.put("maxMemory", d.rf().maxMemoryBytes() == 0 ? "auto" : d.rf().maxMemoryBytes());
        rf.put("blockSize", d.rf().blockSize());
        m.put("receptiveField", rf);
        if (d.prediction() != null) {
            m.put("prediction", refTree(d.prediction()));
        }
        m.put("seed", d.seed());
        m.put("batchSize", d.batchSize() == RunDescription.AUTO_BATCH ? "auto" : d.batchSize());
        return m;
    }

    private static Map<String, Object> refTree(ComponentRef r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("parameters", r.parameters());
        return m;
    }
}
