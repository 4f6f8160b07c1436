package org.unitscope.math.rf.matrixfree;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * One pass over a {@link PatchSource} in chunks of a fixed number of rows ({@value #CHUNK} unless a kernel asks for
 * another size at its dimension), whatever the source's own blocks, so that sums formed chunk by chunk are the same
 * however the source is produced. Each chunk is handed over as
 * doubles, optionally with a centre (the ensemble mean) subtracted. Stops with a {@link CancellationException}
 * when {@code stop} says so (asked before every chunk).
 */
final class RowChunks {

    static final int CHUNK = 512;

    /** What is done with each chunk: rows {@code from .. from + m - 1} in {@code x} (m x d). */
    @FunctionalInterface
    interface Body {
        void chunk(int from, int m, double[] x);
    }

    private RowChunks() {
    }

    static void forEach(PatchSource source, double[] centre, BooleanSupplier stop, Body body) {
        forEach(source, CHUNK, centre, stop, body);
    }

    static void forEach(PatchSource source, int chunk, double[] centre, BooleanSupplier stop, Body body) {
        forEach(source, 0, source.rows(), chunk, centre, stop, body);
    }

    /** Rows {@code first .. end - 1} only, the chunks counted from {@code first}; {@code from} stays the row index. */
    static void forEach(PatchSource source, int first, int end, int chunk, double[] centre, BooleanSupplier stop,
            Body body) {
        int n = source.rows();
        int d = source.dim();
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be >= 1: " + chunk);
        }
        if (first < 0 || end < first || end > n) {
            throw new IndexOutOfBoundsException("rows [" + first + ", " + end + ") outside [0, " + n + ")");
        }
        float[] raw = new float[Math.min(chunk, Math.max(end - first, 1)) * d];
        double[] x = new double[raw.length];
        for (int from = first; from < end; from += chunk) {
            if (stop.getAsBoolean()) {
                throw new CancellationException("stopped at row " + from + " of " + n);
            }
            int m = Math.min(chunk, end - from);
            source.read(from, m, raw);
            for (int i = 0; i < m; i++) {
                int row = i * d;
                for (int j = 0; j < d; j++) {
                    float v = raw[row + j];
                    if (!Float.isFinite(v)) {
                        throw new IllegalArgumentException("patch value not finite at row " + (from + i) + ", "
                                + "column " + j);
                    }
                    x[row + j] = centre == null ? v : v - centre[j];
                }
            }
            body.chunk(from, m, x);
        }
    }
}
