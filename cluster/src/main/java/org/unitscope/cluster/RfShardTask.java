package org.unitscope.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

/**
 * One Spark task of a sharded reverse correlation, through the executor's embedded workbench, in one of its two phases:
 * the probe ({@code unitscope rf-probe --config RUN.json --part K/N --out DIR/probed/part-K.rfprobe}: the activations
 * of part K's stimuli) or the sums ({@code unitscope rf-shard ... --out DIR/shards/part-K.rfpart --probed DIR/probed}:
 * part K's block sums, from every part's activations); its output goes to {@code DIR/logs/probe-K.log} or
 * {@code shard-K.log}. A part that fails throws {@link ShardFailure} (naming the run, its layers and what the part said,
 * with its blocks and stimuli), so Spark retries it and, failing again, aborts the job with that message.
 */
final class RfShardTask implements Function<Integer, ShardOutcome> {
    private static final long serialVersionUID = 1L;

    /** The two phases: what each runs, writes and is called. */
    enum Phase {
        PROBE("rf-probe", "probed", "rfprobe", "probe", "rf probe"),
        SUMS("rf-shard", "shards", "rfpart", "shard", "rf shard");

        final String command;
        final String folder;
        final String suffix;
        final String log;
        final String name;

        Phase(String command, String folder, String suffix, String log, String name) {
            this.command = command;
            this.folder = folder;
            this.suffix = suffix;
            this.log = log;
            this.name = name;
        }

        Path file(Path out, int part) {
            return out.resolve(folder).resolve(String.format(Locale.ROOT, "part-%05d.%s", part, suffix));
        }

        Path log(Path out, int part) {
            return out.resolve("logs").resolve(log + "-" + part + ".log");
        }
    }

    private final Phase phase;
    private final String home;
    private final String description;
    private final RfRun run;
    private final String out;
    private final int parts;
    private final String maxMemory;

    RfShardTask(Phase phase, String home, String description, RfRun run, String out, int parts, String maxMemory) {
        this.phase = phase;
        this.home = home;
        this.description = description;
        this.run = run;
        this.out = out;
        this.parts = parts;
        this.maxMemory = maxMemory;
    }

    @Override
    public ShardOutcome call(Integer part) throws Exception {
        EmbeddedWorkbench wb = EmbeddedWorkbench.get(Path.of(home));
        Path file = phase.file(Path.of(out), part);
        Path log = phase.log(Path.of(out), part);
        Path config = Files.createTempFile("unitscope-" + phase.command + "-" + part + "-", ".json");
        long t0 = System.nanoTime();
        try (RunOutput output = RunOutput.capture(log)) {
            Files.writeString(config, description);
            int code = wb.command(arguments(config, part, file));
            if (code != 0) {
                throw new ShardFailure(String.format(Locale.ROOT, "%s %d of %d of run '%s' (layers %s) failed (exit %d): %s"
                        + " (log: %s)", phase.name, part, parts, run.name(), run.layers(), code, output.lastErrorLine(), log));
            }
        } finally {
            Files.deleteIfExists(config);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        TaskContext task = TaskContext.get();
        SparkEnv env = SparkEnv.get();
        return new ShardOutcome(part, seconds, Files.size(file), env == null ? "?" : env.executorId(),
                task == null ? 1 : task.attemptNumber() + 1);
    }

    private String[] arguments(Path config, int part, Path file) {
        List<String> a = new ArrayList<>(List.of(phase.command, "--config", config.toString(), "--part", part + "/" + parts,
                "--out", file.toString()));
        if (phase == Phase.SUMS) {
            a.addAll(List.of("--probed", Path.of(out, Phase.PROBE.folder).toString()));
            if (maxMemory != null) {
                a.addAll(List.of("--max-memory", maxMemory));
            }
        }
        return a.toArray(String[]::new);
    }

    /** A shard that failed: its message names the run, its layers and the shard's blocks and stimuli. */
    static final class ShardFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShardFailure(String message) {
            super(message);
        }
    }
}
