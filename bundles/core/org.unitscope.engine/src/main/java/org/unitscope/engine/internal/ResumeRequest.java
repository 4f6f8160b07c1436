package org.unitscope.engine.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.RunDescription;
import org.unitscope.engine.internal.checkpoint.CheckpointFolder;
import org.unitscope.engine.internal.json.RunDescriptionJson;
import org.unitscope.engine.internal.results.Manifest;

/**
 * What a resume starts from: the interrupted run's description, read from its results folder's manifest (the
 * {@code "run"} tree), with the batch size it probed with, so that the remaining batches are the batches it would
 * have probed. Refuses, naming the folder, what cannot be resumed: no manifest, or a complete run.
 */
record ResumeRequest(RunDescription description, Resumption resumption) {

    static ResumeRequest read(Path dir, RunDescriptionJson json) {
        Path file = dir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(file)) {
            throw new UnitscopeException("cannot resume " + dir + ": it holds no " + Manifest.FILE
                    + " (not the results folder of a run, or the run was killed before it wrote one: start it again)");
        }
        JsonObject manifest = manifest(file);
        String status = text(manifest, "status");
        if ("complete".equals(status)) {
            // a kill between the final manifest and the removal of the checkpoints leaves them: they serve nothing now
            clearQuietly(dir);
            throw new UnitscopeException("nothing to resume: the run in " + dir + " is complete (" + Manifest.FILE + ", finished "
                    + text(manifest, "finished") + ")");
        }
        if (!manifest.has("run") || !manifest.get("run").isJsonObject()) {
            throw new UnitscopeException("cannot resume " + dir + ": its " + Manifest.FILE + " holds no run description (\"run\")");
        }
        RunDescription d;
        try {
            d = json.parse(manifest.get("run").toString());
        } catch (UnitscopeException e) {
            throw new UnitscopeException("cannot resume " + dir + ": the run description in its " + Manifest.FILE
                    + " is not valid: " + e.getMessage(), e);
        }
        JsonElement batch = manifest.get("batch_size");
        if (d.batchSize() == RunDescription.AUTO_BATCH && batch != null && batch.isJsonPrimitive()) {
            d = d.toBuilder().batchSize(batch.getAsInt()).build();
        }
        return new ResumeRequest(d, new Resumption(true, text(manifest, "started"), status));
    }

    private static void clearQuietly(Path dir) {
        try {
            new CheckpointFolder(dir).clear();
        } catch (IOException e) {
            // only space is lost; the refusal says what matters
        }
    }

    /**
     * The temporary files of atomic writes that a kill interrupted ({@code .NAME....tmp} beside the results): never
     * complete, never read, so the resumed run removes them.
     */
    static void removeTempFiles(Path dir) throws IOException {
        List<Path> tmp;
        try (Stream<Path> s = Files.walk(dir)) {
            tmp = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p);
            }).toList();
        }
        for (Path p : tmp) {
            Files.deleteIfExists(p);
        }
    }

    private static JsonObject manifest(Path file) {
        try {
            JsonElement e = JsonParser.parseString(Files.readString(file));
            if (!e.isJsonObject()) {
                throw new JsonParseException("not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new UnitscopeException("cannot resume: " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
