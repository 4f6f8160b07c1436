package org.unitscope.cluster;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code unitscope-cluster rf --config RUN.json --shards K --out DIR}: a run's streamed reverse correlation split over
 * K Spark tasks, each summing part k of K of the run's blocks of stimuli ({@code unitscope rf-shard}) into
 * {@code DIR/shards/}; then, on the driver, {@code unitscope run --config RUN.json --out DIR/run --rf-fold DIR/shards},
 * which probes the stimuli, folds every block's sums in block order and writes the run's results: rf.npz and units.csv
 * the same, bit for bit, as {@code unitscope run} of the description. With --resume the intact shard files of an
 * earlier invocation into DIR are kept ({@link RfResume}) and only the others run. Exit status: 0 complete, 1 failed,
 * 2 usage, 3 the fold run incomplete.
 */
final class RfCommand {
    private RfCommand() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        RfOptions o;
        try {
            o = RfOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("unitscope-cluster rf: " + e.getMessage());
            err.println("usage: " + RfOptions.USAGE);
            return 2;
        }
        try {
            return run(o, out, err);
        } catch (Exception e) {
            err.println("unitscope-cluster rf: " + failure(e));
            return 1;
        }
    }

    private static int run(RfOptions o, PrintStream out, PrintStream err) throws Exception {
        String description = Files.readString(o.config());
        RfRun run = RfRun.of(description);
        if (!RfRun.hasBlocks(description)) {
            throw new IllegalArgumentException(o.config() + ": a sharded run sums blocks of stimuli: give 'receptiveField.blockSize'"
                    + " (stimuli per block, a multiple of batchSize, e.g. 10000); 'unitscope run' of that same description gives the same bits");
        }
        Path shards = o.out().resolve("shards");
        List<Integer> parts = IntStream.range(0, o.shards()).boxed().toList();
        if (o.resume()) {
            RfResume resume = RfResume.plan(o, description, out);
            o = withBudget(resume.options(), description, out);
            parts = resume.toRun();
        } else {
            o = withBudget(o, description, out);
            if (Files.exists(o.out().resolve("run"))) {
                throw new IllegalStateException(o.out() + " already holds a sharded run (" + o.out().resolve("run") + "): give another --out"
                        + " (or --resume to keep its intact shards and fold again)");
            }
        }
        Files.createDirectories(shards);
        RfResume.writeRequest(o, description);
        out.printf(Locale.ROOT, "rf: run '%s' (layers %s) in %d shard(s) on %s into %s%n", run.name(), run.layers(), o.shards(), o.master(), o.out());
        long t0 = System.nanoTime();
        List<ShardOutcome> outcomes = List.of();
        SurveyManifest.Cluster cluster = SurveyManifest.Cluster.none(o.master());
        if (!parts.isEmpty()) {
            try (SurveyJob job = new SurveyJob(o.master(), "unitscope-cluster rf " + o.config().getFileName())) {
                RfShardTask task = new RfShardTask(o.home().toString(), description, run, o.out().toString(), o.shards(), o.maxMemory());
                outcomes = job.map(parts, task, out, "rf", "shards");
                cluster = job.cluster();
            }
        }
        double shardSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "rf: %d shard(s) summed in %s; folding them into %s%n", parts.size(), SurveyProgress.duration(shardSeconds),
                o.out().resolve("run"));
        long t1 = System.nanoTime();
        int code = fold(o, shards);
        double foldSeconds = (System.nanoTime() - t1) / 1e9;
        manifest(o, cluster, outcomes, shardSeconds, foldSeconds, code);
        if (code != 0) {
            err.printf(Locale.ROOT, "rf: the fold of run '%s' %s (exit %d); see %s%n", run.name(), code == 3 ? "is incomplete" : "failed",
                    code, o.out().resolve("logs").resolve("fold.log"));
            return code == 3 ? 3 : 1;
        }
        out.printf(Locale.ROOT, "rf complete: %s in %s (shards %s, fold %s); %s%n", o.out().resolve("run").resolve("rf.npz"),
                SurveyProgress.duration(shardSeconds + foldSeconds), SurveyProgress.duration(shardSeconds),
                SurveyProgress.duration(foldSeconds), o.out().resolve("rf-cluster.json"));
        return 0;
    }

    /**
     * The split of units into passes must be the same in every shard and in the fold (it is checked), so an automatic
     * budget (half the free heap, which differs between JVMs and moments) is fixed once, here, for all of them.
     */
    private static RfOptions withBudget(RfOptions o, String description, PrintStream out) {
        if (o.maxMemory() != null || RfRun.hasMemoryBudget(description)) {
            return o;
        }
        Runtime r = Runtime.getRuntime();
        long budget = Math.max(64L << 20, (r.maxMemory() - (r.totalMemory() - r.freeMemory())) / 2);
        String text = (budget >> 20) + "m";
        out.printf(Locale.ROOT, "rf: no receptiveField.maxMemory in the description: every shard and the fold use %s (half this"
                + " JVM's free heap); give --max-memory to compare with a single-JVM run of the same budget%n", text);
        return o.withMaxMemory(text);
    }

    /** The driver's own run: probes, folds the shards' block sums, estimates, writes DIR/run. */
    private static int fold(RfOptions o, Path shards) throws Exception {
        EmbeddedWorkbench wb = EmbeddedWorkbench.get(o.home());
        List<String> a = new ArrayList<>(List.of("run", "--config", o.config().toString(), "--out", o.out().resolve("run").toString(),
                "--rf-fold", shards.toString()));
        if (o.resume() && Files.exists(o.out().resolve("run"))) {
            // the fold of the earlier invocation (complete or not) is replaced by this one's
            a.add("--overwrite");
        }
        if (o.maxMemory() != null) {
            a.addAll(List.of("--max-memory", o.maxMemory()));
        }
        try (RunOutput output = RunOutput.capture(o.out().resolve("logs").resolve("fold.log"))) {
            return wb.command(a.toArray(String[]::new));
        }
    }

    private static void manifest(RfOptions o, SurveyManifest.Cluster cluster, List<ShardOutcome> outcomes, double shardSeconds,
            double foldSeconds, int code) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", o.config().toString());
        m.put("shards", o.shards());
        m.put("spark", Map.of("version", cluster.sparkVersion(), "master", cluster.master(), "executors", cluster.executors(),
                "context_start_s", cluster.startSeconds()));
        m.put("shards_seconds", shardSeconds);
        m.put("fold_seconds", foldSeconds);
        m.put("fold_exit_code", code);
        List<Object> list = new ArrayList<>();
        for (ShardOutcome s : outcomes) {
            list.add(Map.of("part", s.part(), "seconds", s.seconds(), "bytes", s.bytes(), "executor", s.executor(), "attempts", s.attempts()));
        }
        m.put("shard_runs", list);
        m.put("shards_kept", o.shards() - outcomes.size());
        Files.writeString(o.out().resolve("rf-cluster.json"), new GsonBuilder().setPrettyPrinting().create().toJson(m));
    }

    /** Spark's abort message holds the failed task's exception: the shard's own message is the useful line. */
    static String failure(Throwable e) {
        String marker = RfShardTask.ShardFailure.class.getName() + ": ";
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            int i = m.indexOf(marker);
            if (t instanceof RfShardTask.ShardFailure) {
                return m;
            }
            if (i >= 0) {
                int end = m.indexOf('\n', i);
                return m.substring(i + marker.length(), end < 0 ? m.length() : end).strip();
            }
        }
        return e.toString();
    }
}
