package org.unitscope.shell.internal.study;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unitscope.math.io.AtomicFiles;

/**
 * {@code study.json} in a study's results folder: the study, the options, and each part's status, time and the
 * SHA-256 of the run description it ran. A part is done when it is recorded complete for the same description and
 * its own manifest says complete too; that is what lets an interrupted study resume where it stopped. Written
 * atomically after every change.
 */
public final class StudyRecord {
    public static final String FILE = "study.json";

    /** One part's entry. */
    public record PartRecord(String name, String status, String runSha256, double seconds, String message) {
    }

    private final Path folder;
    private final String study;
    private final Map<String, String> options;
    private final Map<String, PartRecord> parts = new LinkedHashMap<>();
    private final String started = Instant.now().toString();
    private String status = "running";
    private String finished;

    private StudyRecord(Path folder, String study, Map<String, String> options) {
        this.folder = folder;
        this.study = study;
        this.options = Map.copyOf(options);
    }

    /** The record of {@code folder}, holding the parts a previous run of the same study recorded there. */
    public static StudyRecord open(Path folder, String study, Map<String, String> options) {
        StudyRecord r = new StudyRecord(folder, study, options);
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            r.readParts(file);
        }
        return r;
    }

    private void readParts(Path file) {
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            if (!study.equals(o.get("study").getAsString())) {
                return;
            }
            for (JsonElement e : o.getAsJsonArray("parts")) {
                JsonObject p = e.getAsJsonObject();
                parts.put(p.get("name").getAsString(), new PartRecord(p.get("name").getAsString(), p.get("status").getAsString(),
                        p.get("run_sha256").getAsString(), p.get("seconds").getAsDouble(), p.get("message").getAsString()));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable record resumes nothing: every part runs again
            parts.clear();
        }
    }

    /** Whether {@code part} ran to completion with this description (and its results folder still says so). */
    public boolean done(String part, String runJson) {
        PartRecord p = parts.get(part);
        return p != null && "complete".equals(p.status()) && p.runSha256().equals(sha256(runJson))
                && "complete".equals(manifestStatus(folder.resolve(part)));
    }

    /**
     * Whether {@code part} was started with this description and stopped or killed before it ended: its run (or the
     * generation that was to replace it) can be resumed rather than redone.
     */
    public boolean resumable(String part, String runJson) {
        PartRecord p = parts.get(part);
        if (p == null || !p.runSha256().equals(sha256(runJson))) {
            return false;
        }
        Path dir = folder.resolve(part);
        return unfinished(manifestStatus(dir.resolve(".next"))) || unfinished(manifestStatus(dir));
    }

    private static boolean unfinished(String status) {
        return "running".equals(status) || "incomplete".equals(status);
    }

    public void record(String part, String runJson, String partStatus, double seconds, String message) throws IOException {
        parts.put(part, new PartRecord(part, partStatus, sha256(runJson), seconds, message));
        write();
    }

    public void finish(String studyStatus) throws IOException {
        status = studyStatus;
        finished = Instant.now().toString();
        write();
    }

    private void write() throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("study", study);
        o.addProperty("status", status);
        o.addProperty("started", started);
        if (finished != null) {
            o.addProperty("finished", finished);
        }
        JsonObject opts = new JsonObject();
        options.forEach(opts::addProperty);
        o.add("options", opts);
        com.google.gson.JsonArray list = new com.google.gson.JsonArray();
        parts.values().forEach(p -> list.add(json(p)));
        o.add("parts", list);
        AtomicFiles.writeString(folder.resolve(FILE), new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n");
    }

    private static JsonObject json(PartRecord p) {
        JsonObject o = new JsonObject();
        o.addProperty("name", p.name());
        o.addProperty("folder", p.name());
        o.addProperty("status", p.status());
        o.addProperty("seconds", Math.round(p.seconds() * 10) / 10.0);
        o.addProperty("run_sha256", p.runSha256());
        o.addProperty("message", p.message());
        return o;
    }

    /** The status a run's manifest records, or null when there is none to read. */
    static String manifestStatus(Path runFolder) {
        try {
            return JsonParser.parseString(Files.readString(runFolder.resolve("manifest.json"))).getAsJsonObject()
                    .get("status").getAsString();
        } catch (IOException | JsonParseException | IllegalStateException | NullPointerException e) {
            return null;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
