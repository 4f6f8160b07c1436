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
 * K Spark tasks in two phases: each probes the stimuli of part k of K of the run's blocks ({@code unitscope rf-probe})
 * into {@code DIR/probed/}, then each sums part k's blocks from every part's activations ({@code unitscope rf-shard
 * --probed DIR/probed}) into {@code DIR/shards/}; then, on the driver, {@code unitscope run --config RUN.json --out
 * DIR/run --rf-fold DIR/shards --probed DIR/probed}, which reads the activations (no forward pass of the stimuli),
 * folds every block's sums in block order and writes the run's results: rf.npz and units.csv
 * the same, bit for bit, as {@code unitscope run} of the description. The fold's matrix-free AWC (with the estimator's
 * passBlock) runs its passes on the executors over patch shards they regenerate ({@link SparkPassBridge}). With
 * --resume the probe parts and the intact shard files of an earlier invocation into DIR are kept ({@link RfResume})
 * and only the others run. Exit status: 0 complete, 1 failed, 2 usage, 3 the fold run incomplete.
 */
final class RfCommand {
    /** The phase a context stop is named by when it comes during the fold, whose only Spark work is its passes. */
    private static final String FOLD_PASSES = "fold's matrix-free passes";

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
        } catch (SurveyJob.ContextStopped e) {
            Path run = o.out().resolve("run");
            err.println("unitscope-cluster rf: " + e.getMessage() + "; the run did not finish: " + (FOLD_PASSES.equals(e.phase())
                    ? "the fold in " + run + " is incomplete, without rf.npz (--resume keeps the probe parts and shard files and folds again)"
                    : "nothing was folded into " + run + " (--resume runs the parts that did not finish)"));
            return 1;
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
        check(o);
        List<Integer> all = IntStream.range(0, o.shards()).boxed().toList();
        List<Integer> sums = all;
        if (o.resume()) {
            RfResume resume = RfResume.plan(o, description, out);
            o = withBudget(resume.options(), description, out);
            sums = resume.toRun();
        } else {
            o = withBudget(o, description, out);
            if (Files.exists(o.out().resolve("run"))) {
                throw new IllegalStateException(o.out() + " already holds a sharded run (" + o.out().resolve("run") + "): give another --out"
                        + " (or --resume to keep its intact parts and fold again)");
            }
            for (RfShardTask.Phase p : RfShardTask.Phase.values()) {
                clear(o.out().resolve(p.folder), "." + p.suffix);
            }
        }
        List<Integer> probes = o.resume() ? RfResume.missingProbes(o, out) : all;
        Files.createDirectories(o.out().resolve(RfShardTask.Phase.SUMS.folder));
        Files.createDirectories(o.out().resolve(RfShardTask.Phase.PROBE.folder));
        RfResume.writeRequest(o, description);
        out.printf(Locale.ROOT, "rf: run '%s' (layers %s) in %d shard(s) on %s into %s%n", run.name(), run.layers(), o.shards(), o.master(), o.out());
        Phases phases = new Phases();
        SurveyManifest.Cluster cluster = onSpark(o, description, run, probes, sums, phases, out);
        int code = phases.foldCode;
        manifest(o, cluster, phases, code);
        if (code != 0) {
            err.printf(Locale.ROOT, "rf: the fold of run '%s' %s (exit %d); see %s%n", run.name(), code == 3 ? "is incomplete" : "failed",
                    code, o.out().resolve("logs").resolve("fold.log"));
            return code == 3 ? 3 : 1;
        }
        out.printf(Locale.ROOT, "rf complete: %s in %s (probe %s, shards %s, fold %s); %s%n", o.out().resolve("run").resolve("rf.npz"),
                SurveyProgress.duration(phases.total()), SurveyProgress.duration(phases.probeSeconds),
                SurveyProgress.duration(phases.shardSeconds), SurveyProgress.duration(phases.foldSeconds), o.out().resolve("rf-cluster.json"));
        return 0;
    }

    /**
     * The whole description resolved on the driver ({@code unitscope check}) before any task: the probe parts leave the
     * estimators out, so a parameter only an estimator's own check refuses (awc's shuffles against its alpha) would
     * otherwise surface in the sums phase, after the probe, and be retried {@code spark.task.maxFailures} times.
     */
    private static void check(RfOptions o) throws Exception {
        EmbeddedWorkbench wb = EmbeddedWorkbench.get(o.home());
        try (RunOutput output = RunOutput.capture(o.out().resolve("logs").resolve("check.log"))) {
            if (wb.command("check", "--config", o.config().toString()) != 0) {
                throw new IllegalArgumentException(o.config() + " does not resolve: " + output.lastErrorLine().replaceFirst("^error: ", "")
                        + "; no task was started");
            }
        }
    }

    /**
     * The probe parts and the sums shards as Spark tasks, then the fold on the driver, whose matrix-free passes (if any)
     * run on the executors over patch shards they regenerate; the Spark context lives until the fold ends.
     */
    private static SurveyManifest.Cluster onSpark(RfOptions o, String description, RfRun run, List<Integer> probes,
            List<Integer> sums, Phases phases, PrintStream out) throws Exception {
        try (SurveyJob job = new SurveyJob(o.master(), "unitscope-cluster rf " + o.config().getFileName())) {
            phases.probes = phase(job, RfShardTask.Phase.PROBE, probes, o, description, run, out, "rf probe");
            phases.probeSeconds = phases.seconds();
            out.printf(Locale.ROOT, "rf: %d shard(s) probed in %s; summing their blocks%n", probes.size(),
                    SurveyProgress.duration(phases.probeSeconds));
            phases.shards = phase(job, RfShardTask.Phase.SUMS, sums, o, description, run, out, "rf");
            phases.shardSeconds = phases.seconds();
            out.printf(Locale.ROOT, "rf: %d shard(s) summed in %s; folding them into %s%n", sums.size(),
                    SurveyProgress.duration(phases.shardSeconds), o.out().resolve("run"));
            try (SparkPassBridge bridge = bridge(job, o, description)) {
                phases.foldCode = fold(o, bridge, out);
                if (phases.foldCode != 0 && bridge.failure() != null && job.contextStopped()) {
                    // the fold run reports only that its stage threw: the reason is the context, as in the other phases
                    throw new SurveyJob.ContextStopped(FOLD_PASSES, SurveyJob.sparkReason(bridge.failure()));
                }
                phases.passes = bridge.passes();
                phases.passSeconds = bridge.passSeconds();
                if (bridge.passes() > 0) {
                    out.println("rf: the fold's " + bridge.summary());
                }
            }
            phases.foldSeconds = phases.seconds();
            return job.cluster();
        }
    }

    /** The folder, created, without the part files of an earlier invocation that failed (a stale part would not fit). */
    private static void clear(Path folder, String suffix) throws IOException {
        Files.createDirectories(folder);
        try (java.util.stream.Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One phase as a Spark task per part, with a progress line per finished shard ("rf probe: 3/7 shards done"). */
    private static List<ShardOutcome> phase(SurveyJob job, RfShardTask.Phase phase, List<Integer> parts, RfOptions o, String description,
            RfRun run, PrintStream out, String prefix) {
        if (parts.isEmpty()) {
            return List.of();
        }
        RfShardTask task = new RfShardTask(phase, o.home().toString(), description, run, o.out().toString(), o.shards(), o.maxMemory());
        return job.map(parts, task, new SurveyProgress(parts.size(), out, prefix, "shards"), phase.name);
    }

    /** The phases' outcomes and wall times (each measured from the end of the one before). */
    private static final class Phases {
        private long mark = System.nanoTime();
        List<ShardOutcome> probes = List.of();
        List<ShardOutcome> shards = List.of();
        double probeSeconds;
        double shardSeconds;
        double foldSeconds;
        long passes;
        double passSeconds;
        int foldCode;

        double seconds() {
            long now = System.nanoTime();
            double s = (now - mark) / 1e9;
            mark = now;
            return s;
        }

        double total() {
            return probeSeconds + shardSeconds + foldSeconds;
        }
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

    /** The executors' side of the fold's matrix-free passes: a layer's rows from the description, as rf-patches cuts them. */
    private static SparkPassBridge bridge(SurveyJob job, RfOptions o, String description) {
        String home = o.home().toAbsolutePath().toString();
        String probed = o.out().resolve(RfShardTask.Phase.PROBE.folder).toAbsolutePath().toString();
        String work = o.out().resolve("patches").toAbsolutePath().toString();
        String logs = o.out().resolve("logs").toAbsolutePath().toString();
        return new SparkPassBridge(job.context(), o.shards(), layer -> new RunPatchSource(home, description, probed, work, logs, layer));
    }

    /**
     * The driver's own run: reads the probe parts, folds the shards' block sums, estimates (the matrix-free passes through
     * {@code bridge}, registered in the embedded workbench for the run's duration), writes DIR/run; its progress lines
     * go to {@code out} as "rf fold: K/N ... done" lines ({@link FoldProgress}).
     */
    private static int fold(RfOptions o, SparkPassBridge bridge, PrintStream out) throws Exception {
        EmbeddedWorkbench wb = EmbeddedWorkbench.get(o.home());
        List<String> a = new ArrayList<>(List.of("run", "--config", o.config().toString(), "--out", o.out().resolve("run").toString(),
                "--rf-fold", o.out().resolve(RfShardTask.Phase.SUMS.folder).toString(),
                "--probed", o.out().resolve(RfShardTask.Phase.PROBE.folder).toString()));
        if (o.resume() && Files.exists(o.out().resolve("run"))) {
            // the fold of the earlier invocation (complete or not) is replaced by this one's
            a.add("--overwrite");
        }
        if (o.maxMemory() != null) {
            a.addAll(List.of("--max-memory", o.maxMemory()));
        }
        try (RunOutput output = RunOutput.capture(o.out().resolve("logs").resolve("fold.log"), new FoldProgress(out));
                AutoCloseable registered = wb.register(java.util.function.Function.class.getName(), bridge,
                        Map.of("unitscope.passes", "matrix-free"))) {
            return wb.command(a.toArray(String[]::new));
        }
    }

    private static void manifest(RfOptions o, SurveyManifest.Cluster cluster, Phases phases, int code) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", o.config().toString());
        m.put("shards", o.shards());
        m.put("spark", Map.of("version", cluster.sparkVersion(), "master", cluster.master(), "executors", cluster.executors(),
                "context_start_s", cluster.startSeconds()));
        m.put("probe_seconds", phases.probeSeconds);
        m.put("shards_seconds", phases.shardSeconds);
        m.put("fold_seconds", phases.foldSeconds);
        m.put("fold_exit_code", code);
        m.put("matrix_free_passes", phases.passes);
        m.put("matrix_free_pass_seconds", phases.passSeconds);
        m.put("probe_runs", runs(phases.probes));
        m.put("shard_runs", runs(phases.shards));
        m.put("probes_kept", o.shards() - phases.probes.size());
        m.put("shards_kept", o.shards() - phases.shards.size());
        Files.writeString(o.out().resolve("rf-cluster.json"), new GsonBuilder().setPrettyPrinting().create().toJson(m));
    }

    private static List<Object> runs(List<ShardOutcome> outcomes) {
        List<Object> list = new ArrayList<>();
        for (ShardOutcome s : outcomes) {
            list.add(Map.of("part", s.part(), "seconds", s.seconds(), "bytes", s.bytes(), "executor", s.executor(), "attempts", s.attempts()));
        }
        return list;
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
        return CommandFailure.text(e);
    }
}
