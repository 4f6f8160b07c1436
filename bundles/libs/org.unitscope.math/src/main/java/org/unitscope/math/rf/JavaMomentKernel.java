package org.unitscope.math.rf;

import java.util.Arrays;

/**
 * The reference {@link MomentKernel} in plain Java loops: for each unit, the first moment into a fresh vector,
 * the upper triangle of the second moment a block of rows at a time through a fresh scratch block (so the block
 * stays in cache while the sub-batch streams past it), both then added to the totals. Zero weights are skipped,
 * so silent units cost almost nothing. Cost: m dim^2 / 2 multiply-adds per unit with second moments.
 *
 * <p>Stateless and thread-safe (scratch is allocated per call).
 */
public final class JavaMomentKernel implements MomentKernel {

    /** Stimuli per sub-batch: large enough to amortise the partial-to-total additions, small in memory. */
    static final int SUB_BATCH = 256;
    /** Rows of the d x d partial updated together: 32 rows of d = 1024 doubles is 256 KiB, an L2's worth. */
    private static final int ROW_BLOCK = 32;

    @Override
    public int preferredBatch(int dim, int units) {
        return SUB_BATCH;
    }

    @Override
    public void accumulate(double[] x, int m, int dim, double[] w, int units, double[] first, double[][] second) {
        MomentKernel.checkShapes(x, m, dim, w, units, first, second);
        double[] vector = new double[dim];
        double[] scratch = second == null ? null : new double[Math.min(ROW_BLOCK, dim) * dim];
        for (int u = 0; u < units; u++) {
            int offset = u * m;
            if (allZero(w, offset, m)) {
                continue;
            }
            weightedSum(x, w, offset, m, dim, vector);
            for (int j = 0; j < dim; j++) {
                first[u * dim + j] += vector[j];
            }
            if (second != null) {
                addWeightedOuter(x, w, offset, m, dim, scratch, second[u]);
            }
        }
    }

    private static boolean allZero(double[] w, int offset, int m) {
        for (int i = 0; i < m; i++) {
            if (w[offset + i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void weightedSum(double[] x, double[] w, int offset, int m, int dim, double[] out) {
        Arrays.fill(out, 0.0);
        for (int i = 0; i < m; i++) {
            double wi = w[offset + i];
            if (wi == 0) {
                continue;
            }
            int base = i * dim;
            for (int j = 0; j < dim; j++) {
                out[j] += wi * x[base + j];
            }
        }
    }

    /** target (upper triangle) += sum_i w_i x_i x_i^T, a block of rows at a time through {@code scratch}. */
    private static void addWeightedOuter(double[] x, double[] w, int offset, int m, int dim, double[] scratch,
            double[] target) {
        for (int r0 = 0; r0 < dim; r0 += ROW_BLOCK) {
            int r1 = Math.min(dim, r0 + ROW_BLOCK);
            Arrays.fill(scratch, 0, (r1 - r0) * dim, 0.0);
            for (int i = 0; i < m; i++) {
                double wi = w[offset + i];
                if (wi == 0) {
                    continue;
                }
                int base = i * dim;
                for (int r = r0; r < r1; r++) {
                    double c = wi * x[base + r];
                    if (c == 0) {
                        continue;
                    }
                    int row = (r - r0) * dim;
                    for (int j = r; j < dim; j++) {
                        scratch[row + j] += c * x[base + j];
                    }
                }
            }
            for (int r = r0; r < r1; r++) {
                int row = (r - r0) * dim;
                int out = r * dim;
                for (int j = r; j < dim; j++) {
                    target[out + j] += scratch[row + j];
                }
            }
        }
    }
}
