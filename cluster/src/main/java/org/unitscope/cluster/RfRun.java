package org.unitscope.cluster;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the messages of a sharded run name: the run's name and layers, read from its description on the driver. */
record RfRun(String name, List<String> layers) implements Serializable {

    static RfRun of(String description) {
        JsonObject o = JsonParser.parseString(description).getAsJsonObject();
        List<String> layers = new ArrayList<>();
        if (o.has("layers") && o.get("layers").isJsonArray()) {
            for (JsonElement e : o.getAsJsonArray("layers")) {
                layers.add(e.getAsString());
            }
        }
        return new RfRun(o.has("name") ? o.get("name").getAsString() : "run", List.copyOf(layers));
    }

    /** Whether the description cuts the stimuli into blocks (receptiveField.blockSize >= 1), which sharding needs. */
    static boolean hasBlocks(String description) {
        JsonObject o = JsonParser.parseString(description).getAsJsonObject();
        if (!o.has("receptiveField") || !o.get("receptiveField").isJsonObject()) {
            return false;
        }
        JsonElement b = o.getAsJsonObject("receptiveField").get("blockSize");
        return b != null && b.isJsonPrimitive() && b.getAsJsonPrimitive().isNumber() && b.getAsInt() >= 1;
    }

    /** Whether the description fixes the memory budget of the sums (receptiveField.maxMemory other than "auto"). */
    static boolean hasMemoryBudget(String description) {
        JsonObject o = JsonParser.parseString(description).getAsJsonObject();
        if (!o.has("receptiveField") || !o.get("receptiveField").isJsonObject()) {
            return false;
        }
        JsonElement m = o.getAsJsonObject("receptiveField").get("maxMemory");
        return m != null && !(m.isJsonPrimitive() && "auto".equals(m.getAsString()));
    }
}
