package org.unitscope.cluster;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code unitscope-cluster rf --resume}: which shards of an earlier invocation into the same {@code --out} are kept.
 * The first invocation records what it was asked in {@code DIR/rf-request.json} (the description, the shard count,
 * the memory budget every shard used); a resume refuses another description or shard count, takes the recorded budget
 * (an automatic one differs between JVMs, and the passes are part of the shards' key), keeps every shard file whose
 * sections all match their checksums ({@link ShardFileCheck}: the file read once) and that holds the same key as the
 * other kept files, and reruns the rest, naming each file it does not keep and why.
 *
 * @param options the options to run with (the recorded memory budget)
 * @param toRun the parts to run, in order
 * @param kept the parts whose files are kept
 */
record RfResume(RfOptions options, List<Integer> toRun, List<Integer> kept) {
    static final String REQUEST = "rf-request.json";

    static RfResume plan(RfOptions o, String description, PrintStream out) throws IOException {
        JsonObject request = readRequest(o.out());
        if (request != null) {
            String difference = CanonicalDescription.difference(CanonicalDescription.of(description),
                    CanonicalDescription.of(request.get("description").getAsString()));
            if (difference != null || request.get("shards").getAsInt() != o.shards()) {
                throw new IllegalArgumentException(o.out() + " holds the shards of another request (" + (difference != null ? difference
                        : request.get("shards").getAsInt() + " shards, not " + o.shards()) + "): --resume continues the same"
                        + " description in the same number of shards; give another --out");
            }
            String recorded = request.has("max_memory") ? request.get("max_memory").getAsString() : null;
            if (o.maxMemory() != null && recorded != null && !o.maxMemory().equals(recorded)) {
                throw new IllegalArgumentException(o.out() + "'s shards were summed with --max-memory " + recorded + ", not "
                        + o.maxMemory() + " (the split into passes must be the same): give the same, or none");
            }
            if (o.maxMemory() == null && recorded != null) {
                o = o.withMaxMemory(recorded);
            }
        }
        List<Integer> toRun = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>();
        long t0 = System.nanoTime();
        long bytes = 0;
        for (int part = 0; part < o.shards(); part++) {
            Path file = RfShardTask.Phase.SUMS.file(o.out(), part);
            bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
            ShardFileCheck check = ShardFileCheck.of(file);
            if (check.intact()) {
                kept.add(part);
                keys.add(check.key());
            } else {
                toRun.add(part);
                if (Files.exists(file)) {
                    out.printf(Locale.ROOT, "rf: --resume: %s is %s: shard %d runs again%n", file, check.problem(), part);
                    Files.delete(file);
                }
            }
        }
        if (keys.size() > 1) {
            throw new IllegalArgumentException(o.out().resolve("shards") + " holds the sums of " + keys.size() + " different works"
                    + " (their keys differ): give another --out");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "rf: --resume: %d of %d shard file(s) kept (every section's checksum checked: %.1f MB in %.2f s), %d to"
                + " run%s%n", kept.size(), o.shards(), bytes / 1e6, seconds, toRun.size(), toRun.isEmpty() ? "" : ": " + toRun);
        return new RfResume(o, List.copyOf(toRun), List.copyOf(kept));
    }

    /**
     * The probe parts a resume must probe again: those without a file. A probe part is moved into place only when
     * complete, and the shards and the fold check every section's CRC and name a damaged file, so presence is the test.
     */
    static List<Integer> missingProbes(RfOptions o, PrintStream out) {
        List<Integer> missing = new ArrayList<>();
        for (int part = 0; part < o.shards(); part++) {
            if (!Files.isRegularFile(RfShardTask.Phase.PROBE.file(o.out(), part))) {
                missing.add(part);
            }
        }
        out.printf(Locale.ROOT, "rf: --resume: %d of %d probe part(s) kept, %d to probe%s%n", o.shards() - missing.size(), o.shards(),
                missing.size(), missing.isEmpty() ? "" : ": " + missing);
        return List.copyOf(missing);
    }

    /** What this invocation was asked: read back by a resume. */
    static void writeRequest(RfOptions o, String description) throws IOException {
        JsonObject r = new JsonObject();
        r.addProperty("description", description);
        r.addProperty("shards", o.shards());
        if (o.maxMemory() != null) {
            r.addProperty("max_memory", o.maxMemory());
        }
        Files.writeString(o.out().resolve(REQUEST), new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(r) + "\n");
    }

    private static JsonObject readRequest(Path out) throws IOException {
        Path file = out.resolve(REQUEST);
        return Files.isRegularFile(file) ? JsonParser.parseString(Files.readString(file)).getAsJsonObject() : null;
    }
}
