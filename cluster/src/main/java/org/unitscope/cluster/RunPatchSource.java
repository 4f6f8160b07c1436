package org.unitscope.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.unitscope.cluster.passes.PatchShardSource;

/**
 * A layer's patch rows regenerated on the executor from the run description: {@code unitscope rf-patches} in the
 * executor's embedded workbench renders the rows' stimuli (of this layer only) and cuts them exactly as the single-JVM run fills its patch
 * matrix (the failed stimuli, left out, come from the probe parts), writes them to a file under {@code work}, and this
 * reads the layer's rows once and deletes it. Each call appends one line to {@code logs/patches.log} (what was
 * regenerated, where, how long) and keeps the command's output in {@code logs/patches-LAYER-A-B.log}.
 */
record RunPatchSource(String home, String description, String probed, String work, String logs, String layer) implements PatchShardSource {
    /** PatchRows.MAGIC of the stage bundle: "USPR". */
    static final int MAGIC = 0x55535052;

    @Override
    public float[] rows(int first, int end) {
        String name = layer.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + first + "-" + end;
        Path dir = Path.of(work);
        Path config = dir.resolve(name + ".json");
        Path file = dir.resolve(name + ".rfpatches");
        Path log = Path.of(logs).resolve("patches-" + name + ".log");
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dir);
            Files.writeString(config, description);
            int code;
            try (RunOutput output = RunOutput.capture(log)) {
                code = EmbeddedWorkbench.get(Path.of(home)).command("rf-patches", "--config", config.toString(), "--rows",
                        first + ":" + end, "--out", file.toString(), "--probed", probed, "--layer", layer);
            }
            if (code != 0) {
                throw new IllegalStateException("exit " + code + " (log: " + log + ")");
            }
            float[] rows = read(file, layer, first, end);
            Files.delete(file);
            Files.delete(config);
            String line = String.format(Locale.ROOT, "layer %s rows %d..%d: regenerated in %.2f s on %s%n", layer, first, end - 1,
                    (System.nanoTime() - t0) / 1e9, executor());
            synchronized (RunPatchSource.class) {
                Files.writeString(Path.of(logs).resolve("patches.log"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException("patch rows " + first + ".." + (end - 1) + " of layer " + layer
                    + " could not be regenerated: " + e.getMessage(), e);
        }
    }

    /** Layer {@code layer}'s rows from a file of {@code rf-patches}, checked against the range asked for. */
    static float[] read(Path file, String layer, int first, int end) throws IOException {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            if (data.readInt() != MAGIC) {
                throw new IOException(file + " is not a file of rf-patches");
            }
            int f = data.readInt();
            int e = data.readInt();
            if (f != first || e != end) {
                throw new IOException(file + " holds rows " + f + ".." + (e - 1) + ", not " + first + ".." + (end - 1));
            }
            int layers = data.readInt();
            for (int l = 0; l < layers; l++) {
                String name = data.readUTF();
                int d = data.readInt();
                byte[] bytes = new byte[Math.multiplyExact(Math.multiplyExact(end - first, d), Float.BYTES)];
                data.readFully(bytes);
                if (name.equals(layer)) {
                    float[] rows = new float[bytes.length / Float.BYTES];
                    ByteBuffer.wrap(bytes).asFloatBuffer().get(rows);
                    return rows;
                }
            }
            throw new IOException(file + " has no rows of layer " + layer + " (not on the matrix-free path there)");
        }
    }

    private static String executor() {
        org.apache.spark.TaskContext t = org.apache.spark.TaskContext.get();
        return t == null ? "the driver" : "executor " + org.apache.spark.SparkEnv.get().executorId() + " (task attempt " + t.taskAttemptId() + ")";
    }
}
