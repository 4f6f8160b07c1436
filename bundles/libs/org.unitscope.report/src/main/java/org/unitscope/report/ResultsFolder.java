package org.unitscope.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unitscope.math.io.CsvReader;

/**
 * One run's results folder as the report reads it: the manifest, {@code units.csv}, and when present the category
 * summary ({@code summary.json}) and the prediction tables ({@code prediction.csv}, {@code prediction-summary.csv}).
 */
public record ResultsFolder(String name, Path folder, JsonObject manifest, List<Map<String, String>> units, JsonObject summary,
        List<Map<String, String>> prediction, List<Map<String, String>> predictionSummary) {

    /**
     * @throws IOException naming the file that is missing or unreadable
     */
    public static ResultsFolder read(String name, Path folder) throws IOException {
        Path manifest = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            throw new IOException("not a results folder (no manifest.json): " + folder);
        }
        JsonObject m = json(manifest);
        return new ResultsFolder(name, folder, m, rowsIfPresent(folder.resolve("units.csv")),
                Files.isRegularFile(folder.resolve("summary.json")) ? json(folder.resolve("summary.json")) : null,
                rowsIfPresent(folder.resolve("prediction.csv")), rowsIfPresent(folder.resolve("prediction-summary.csv")));
    }

    private static JsonObject json(Path file) throws IOException {
        try {
            return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<String, String>> rowsIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? CsvReader.rows(file) : List.of();
    }

    /** The probed layers in the network's order, as the manifest lists them. */
    public List<String> layers() {
        List<String> out = new ArrayList<>();
        if (manifest.has("layers")) {
            for (JsonElement l : manifest.getAsJsonArray("layers")) {
                out.add(l.getAsJsonObject().get("name").getAsString());
            }
        }
        return out;
    }

    /** The rows of {@code units.csv} for one layer. */
    public List<Map<String, String>> units(String layer) {
        return units.stream().filter(r -> layer.equals(r.get("layer"))).toList();
    }

    public String status() {
        return text(manifest, "status");
    }

    /** A member of a JSON object as text ("" when absent or null). */
    static String text(JsonObject o, String member) {
        return o != null && o.has(member) && !o.get(member).isJsonNull() ? o.get(member).getAsString() : "";
    }
}
