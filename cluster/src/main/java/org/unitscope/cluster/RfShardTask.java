package org.unitscope.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

/**
 * One Spark task of a sharded reverse correlation: part K of N of the run's blocks through the executor's embedded
 * workbench, as {@code unitscope rf-shard --config RUN.json --part K/N --out DIR/shards/part-K.rfpart}; its output goes
 * to {@code DIR/logs/shard-K.log}. A shard that fails throws {@link ShardFailure} (naming the run, its layers and what
 * the shard said, with its blocks and stimuli), so Spark retries it and, failing again, aborts the job with that message.
 */
final class RfShardTask implements Function<Integer, ShardOutcome> {
    private static final long serialVersionUID = 1L;
    private final String home;
    private final String description;
    private final RfRun run;
    private final String out;
    private final int parts;
    private final String maxMemory;

    RfShardTask(String home, String description, RfRun run, String out, int parts, String maxMemory) {
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
        Path file = shardFile(Path.of(out), part);
        Path config = Files.createTempFile("unitscope-rf-shard-" + part + "-", ".json");
        long t0 = System.nanoTime();
        try (RunOutput output = RunOutput.capture(Path.of(out, "logs", "shard-" + part + ".log"))) {
            Files.writeString(config, description);
            int code = wb.command(arguments(config, part, file));
            if (code != 0) {
                throw new ShardFailure(String.format(java.util.Locale.ROOT, "rf shard %d of %d of run '%s' (layers %s) failed (exit %d): %s"
                        + " (log: %s)", part, parts, run.name(), run.layers(), code, output.lastErrorLine(),
                        Path.of(out, "logs", "shard-" + part + ".log")));
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
        String[] a = {"rf-shard", "--config", config.toString(), "--part", part + "/" + parts, "--out", file.toString()};
        if (maxMemory == null) {
            return a;
        }
        String[] m = java.util.Arrays.copyOf(a, a.length + 2);
        m[a.length] = "--max-memory";
        m[a.length + 1] = maxMemory;
        return m;
    }

    static Path shardFile(Path out, int part) {
        return out.resolve("shards").resolve(String.format(java.util.Locale.ROOT, "part-%05d.rfpart", part));
    }

    /** A shard that failed: its message names the run, its layers and the shard's blocks and stimuli. */
    static final class ShardFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShardFailure(String message) {
            super(message);
        }
    }
}
