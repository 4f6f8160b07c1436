package org.unitscope.math.linalg;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The reference {@link GramKernel} in plain Java: the chunk is taken {@value #ROWS} rows at a time and the vectors
 * {@value #COLUMNS} columns at a time; for such a tile Y = X V is formed (the rows of V streamed past the tile), scaled
 * by the weights, and X^T Y added to the output rows. Every inner loop is an axpy over a contiguous row (which the JIT
 * vectorises); each element of V and of the output is touched once per {@value #ROWS} rows, so the tile stays in
 * cache. Each output element is summed over the rows in row order whatever the tiling, the chunking or the other
 * columns of the call, so results are identical bit for bit however the work is split.
 *
 * <p>Cost: 4 m d c flop per chunk, spread over the processors by column tiles. The kernel is stateless and
 * thread-safe; a pass is not.
 */
public final class JavaGramKernel implements GramKernel {

    /** Rows of a tile. */
    static final int ROWS = 32;
    /** Columns of a tile: 32 x 256 doubles of Y is 64 KiB. */
    static final int COLUMNS = 256;
    /** Narrowest tile when the columns are split between threads. */
    static final int MIN_COLUMNS = 16;
    /** Threads the tiles of one chunk may use. */
    static final int THREADS = Runtime.getRuntime().availableProcessors();
    /** Chunks of less work than this (flop) stay on the calling thread. */
    static final double PARALLEL_FLOP = 2e7;

    /**
     * Work per chunk at most, in flop: about 0.4 s at the 2.7 GFlop/s this kernel reaches on one core, so that a stop
     * request (asked before each chunk) is honoured well within 2 s even at d = 8,464 with a thousand vectors.
     */
    static final double FLOP_PER_CHUNK = 1e9;

    /** Between {@value #ROWS} and 512 rows, fewer the more vectors share the pass; results do not depend on it. */
    @Override
    public int chunkRows(int d, int c) {
        double rows = FLOP_PER_CHUNK / (4.0 * d * Math.max(c, 1));
        return (int) Math.max(ROWS, Math.min(chunkRows(d), rows));
    }

    @Override
    public Pass begin(int d, double[] v, int c) {
        GramKernel.checkVectors(d, v, c);
        double[] out = new double[d * c];
        return new Pass() {
            @Override
            public void add(double[] x, int m, double[] w, int p, int[] column) {
                GramKernel.checkChunk(x, m, d, w, p, column, c);
                accumulate(x, m, d, w, p, column, v, c, out);
            }

            @Override
            public double[] sums() {
                return out;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * The column tiles are independent (each writes its own columns of the output), so they run in parallel on the
     * common pool when the chunk is large enough to pay for it; each output element is still summed over the rows in
     * row order, so the bits do not depend on the number of threads or the tile width.
     */
    private static void accumulate(double[] x, int m, int d, double[] w, int p, int[] column, double[] v, int c,
            double[] out) {
        int width = Math.max(MIN_COLUMNS, Math.min(COLUMNS, (c + THREADS - 1) / THREADS));
        int tiles = (c + width - 1) / width;
        IntStream each = IntStream.range(0, tiles);
        if (tiles > 1 && 4.0 * m * d * c >= PARALLEL_FLOP) {
            each = each.parallel();
        }
        each.forEach(t -> {
            int j0 = t * width;
            int cols = Math.min(width, c - j0);
            double[] y = new double[ROWS * cols];
            for (int i0 = 0; i0 < m; i0 += ROWS) {
                int rows = Math.min(ROWS, m - i0);
                project(x, i0, rows, d, v, c, j0, cols, y);
                scale(w, p, i0, rows, column, j0, cols, y);
                addBack(x, i0, rows, d, y, cols, out, c, j0);
            }
        });
    }

    /** y[r][0..cols) = x_{i0 + r} . V[:, j0 .. j0 + cols), k ascending. */
    private static void project(double[] x, int i0, int rows, int d, double[] v, int c, int j0, int cols,
            double[] y) {
        Arrays.fill(y, 0, rows * cols, 0.0);
        for (int k = 0; k < d; k++) {
            int vRow = k * c + j0;
            for (int r = 0; r < rows; r++) {
                double xk = x[(i0 + r) * d + k];
                if (xk == 0) {
                    continue;
                }
                int yRow = r * cols;
                for (int j = 0; j < cols; j++) {
                    y[yRow + j] += xk * v[vRow + j];
                }
            }
        }
    }

    private static void scale(double[] w, int p, int i0, int rows, int[] column, int j0, int cols, double[] y) {
        for (int r = 0; r < rows; r++) {
            int wRow = (i0 + r) * p;
            int yRow = r * cols;
            for (int j = 0; j < cols; j++) {
                y[yRow + j] *= w[wRow + column[j0 + j]];
            }
        }
    }

    /** out[k][j0 ..] += sum_r x_{i0 + r, k} y[r][..], r ascending. */
    private static void addBack(double[] x, int i0, int rows, int d, double[] y, int cols, double[] out, int c,
            int j0) {
        for (int k = 0; k < d; k++) {
            int oRow = k * c + j0;
            for (int r = 0; r < rows; r++) {
                double xk = x[(i0 + r) * d + k];
                if (xk == 0) {
                    continue;
                }
                int yRow = r * cols;
                for (int j = 0; j < cols; j++) {
                    out[oRow + j] += xk * y[yRow + j];
                }
            }
        }
    }
}
