package org.unitscope.engine.internal.folder;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a results folder holds before a run takes it: nothing, a run (its manifest's status, name, owner and
 * heartbeat), or files that are not a run's. Hidden entries (the lock, generations, checkpoints, temporary files) do
 * not count as results.
 */
record FolderContents(List<String> visible, String status, String runName, String finished, String heartbeat, FolderOwner owner) {
    static final String MANIFEST = "manifest.json";

    static FolderContents of(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new FolderContents(List.of(), null, null, null, null, null);
        }
        List<String> visible;
        try (Stream<Path> s = Files.list(dir)) {
            visible = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return new FolderContents(visible, null, null, null, null, null);
        }
        JsonObject m = manifestTree(manifest);
        JsonObject owner = object(m, "owner");
        FolderOwner o = owner == null ? null : FolderOwner.parse(owner.toString());
        JsonObject run = object(m, "run");
        return new FolderContents(visible, text(m, "status", "unknown"), run == null ? null : text(run, "name", null),
                text(m, "finished", null), owner == null ? null : text(owner, "heartbeat", null), o);
    }

    /** Nothing a run would replace. */
    boolean empty() {
        return visible.isEmpty();
    }

    /** A manifest is there: the files are a unitscope run's. */
    boolean holdsRun() {
        return status != null;
    }

    boolean complete() {
        return "complete".equals(status);
    }

    /** The manifest says the run is going, but its lock is free: its process ended without finishing it. */
    boolean abandoned() {
        return "running".equals(status);
    }

    /** "run 'grating' (status complete, finished 2026-...)" */
    String describeRun() {
        StringBuilder b = new StringBuilder("run");
        if (runName != null) {
            b.append(" '").append(runName).append('\'');
        }
        b.append(" (status ").append(status);
        if (finished != null) {
            b.append(", finished ").append(finished);
        }
        if (abandoned()) {
            b.append("; the process that ran it").append(owner == null ? "" : ", " + owner.describe() + ",")
                    .append(" ended without finishing it").append(heartbeat == null ? "" : ": last heartbeat " + heartbeat);
        }
        return b.append(')').toString();
    }

    private static JsonObject manifestTree(Path manifest) {
        try {
            JsonElement e = JsonParser.parseString(Files.readString(manifest));
            return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
        } catch (IOException | RuntimeException e) {
            JsonObject torn = new JsonObject();
            torn.addProperty("status", "unreadable");
            return torn;
        }
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static String text(JsonObject o, String key, String otherwise) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : otherwise;
    }
}
