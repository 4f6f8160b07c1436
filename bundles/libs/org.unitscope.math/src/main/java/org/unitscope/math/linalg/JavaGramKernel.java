package org.unitscope.math.linalg;

import java.util.Arrays;

/**
 * The reference {@link GramKernel} in plain Java: the chunk is taken {@value #ROWS} rows at a time and the vectors
 * {@value #COLUMNS} columns at a time; for such a tile Y = X V is formed (the rows of V streamed past the tile), scaled
 * by the weights, and X^T Y added to the output rows. Every inner loop is an axpy over a contiguous row (which the JIT
 * vectorises); each element of V and of the output is touched once per {@value #ROWS} rows, so the tile stays in
 * cache. Each output element is summed over the rows in row order whatever the tiling, the chunking or the other
 * columns of the call, so results are identical bit for bit however the work is split.
 *
 * <p>Cost: 4 m d c flop per chunk. The kernel is stateless and thread-safe; a pass is not.
 */
public final class JavaGramKernel implements GramKernel {

    /** Rows of a tile. */
    static final int ROWS = 32;
    /** Columns of a tile: 32 x 256 doubles of Y is 64 KiB. */
    static final int COLUMNS = 256;

    @Override
    public Pass begin(int d, double[] v, int c) {
        GramKernel.checkVectors(d, v, c);
        double[] out = new double[d * c];
        double[] y = new double[ROWS * Math.min(COLUMNS, Math.max(c, 1))];
        return new Pass() {
            @Override
            public void add(double[] x, int m, double[] w, int p, int[] column) {
                GramKernel.checkChunk(x, m, d, w, p, column, c);
                accumulate(x, m, d, w, p, column, v, c, out, y);
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

    private static void accumulate(double[] x, int m, int d, double[] w, int p, int[] column, double[] v, int c,
            double[] out, double[] y) {
        for (int j0 = 0; j0 < c; j0 += COLUMNS) {
            int cols = Math.min(COLUMNS, c - j0);
            for (int i0 = 0; i0 < m; i0 += ROWS) {
                int rows = Math.min(ROWS, m - i0);
                project(x, i0, rows, d, v, c, j0, cols, y);
                scale(w, p, i0, rows, column, j0, cols, y);
                addBack(x, i0, rows, d, y, cols, out, c, j0);
            }
        }
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
