package org.unitscope.engine.internal.results;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unitscope.math.io.AtomicFiles;

/**
 * manifest.json: provenance of a run (versions, model hash, seeds, parameters, timings, status). Written
 * when the run starts (status "running", so a crash leaves a trace), again at each heartbeat of its owner (so a dead
 * run can be told from a live one) and rewritten atomically at the end. Stages write from the run's thread and the
 * heartbeat from its own, so every access is synchronized.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";

    private final Map<String, Object> tree = new LinkedHashMap<>();
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private final Gson gson;

    public Manifest(Gson gson) {
        this.gson = gson;
        tree.put("status", "running");
        tree.put("started", Instant.now().toString());
    }

    public synchronized Manifest put(String key, Object value) {
        tree.put(key, value);
        return this;
    }

    public synchronized void time(String phase, double seconds) {
        timings.put(phase, Math.round(seconds * 1000.0) / 1000.0);
    }

    public synchronized Map<String, Object> tree() {
        return tree;
    }

    public synchronized void write(Path dir) throws IOException {
        tree.put("timings_s", timings);
        AtomicFiles.writeString(dir.resolve(FILE), gson.toJson(tree) + "\n");
    }

    /** The process that owns the run's folder; each {@link #beat()} stamps the time it was last seen alive. */
    public synchronized void owner(Map<String, Object> owner) {
        tree.put("owner", new LinkedHashMap<>(owner));
    }

    @SuppressWarnings("unchecked")
    public synchronized void beat() {
        Object owner = tree.get("owner");
        if (owner instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put("heartbeat", Instant.now().toString());
        }
    }

    public synchronized void finish(String status, String message) {
        tree.put("status", status);
        tree.put("message", message);
        tree.put("finished", Instant.now().toString());
    }
}
