package org.unitscope.math.rf.matrixfree;

import java.util.function.BooleanSupplier;
import org.unitscope.math.linalg.GramKernel;

/**
 * Sums one {@link PatchPass} over a range of rows of a {@link PatchSource}, in fresh zeros, chunk by chunk
 * ({@link RowChunks}, the chunks starting at the range's first row): the work of one block, wherever it runs. The
 * source may hold only the rows of the ranges asked for ({@link ShardPatches}). Not thread-safe.
 */
public final class PassWorker {
    private final PatchSource source;
    private final MatrixFreeAwc.Kernels kernels;

    public PassWorker(PatchSource source, MatrixFreeAwc.Kernels kernels) {
        this.source = source;
        this.kernels = kernels;
    }

    /** The sums of {@code pass} over rows {@code from .. to - 1}; {@code columns} null only for passes without weights. */
    public double[][] partial(PatchPass pass, ShuffledColumns columns, int from, int to, BooleanSupplier stop) {
        int d = source.dim();
        int[] lengths = pass.sections(d);
        double[][] out = new double[lengths.length][];
        for (int s = 0; s < out.length; s++) {
            out[s] = new double[lengths[s]];
        }
        if (pass.pseudo().length > 0 && (columns == null || columns.rows() != source.rows())) {
            throw new IllegalArgumentException(pass.kind() + " pass needs the weights of all " + source.rows()
                    + " rows");
        }
        switch (pass.kind()) {
            case SUM -> sum(from, to, out[0], stop);
            case COVARIANCE -> moments(pass, null, from, to, out, stop);
            case FIRST_MOMENTS, SECOND_MOMENTS -> moments(pass, columns, from, to, out, stop);
            case GRAM -> gram(pass, columns, from, to, out[0], stop);
        }
        return out;
    }

    private void sum(int first, int end, double[] sum, BooleanSupplier stop) {
        int d = source.dim();
        RowChunks.forEach(source, first, end, RowChunks.CHUNK, null, stop, (from, m, x) -> {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < d; j++) {
                    sum[j] += x[i * d + j];
                }
            }
        });
    }

    /** First (and second) moments, weighted by the pseudo-units' activations, or by ones when columns is null. */
    private void moments(PatchPass pass, ShuffledColumns columns, int first, int end, double[][] out,
            BooleanSupplier stop) {
        int d = source.dim();
        int[] pseudo = pass.pseudo();
        int p = columns == null ? 1 : pseudo.length;
        double[][] second = out.length == 1 ? null : java.util.Arrays.copyOfRange(out, 1, out.length);
        double[] w = new double[p * RowChunks.CHUNK];
        if (columns == null) {
            java.util.Arrays.fill(w, 1.0);
        }
        RowChunks.forEach(source, first, end, RowChunks.CHUNK, pass.centre(), stop, (from, m, x) -> {
            if (columns != null) {
                for (int k = 0; k < p; k++) {
                    for (int i = 0; i < m; i++) {
                        w[k * m + i] = columns.weight(pseudo[k], from + i);
                    }
                }
            }
            kernels.moments().accumulate(x, m, d, w, p, out[0], second);
        });
    }

    /** X^T diag(a_k / S_k - 1 / N) X V over the rows, as {@link AwcOperator} defines it. */
    private void gram(PatchPass pass, ShuffledColumns columns, int first, int end, double[] sums,
            BooleanSupplier stop) {
        int d = source.dim();
        int c = pass.count();
        int[] pseudo = pass.pseudo();
        int p = pseudo.length;
        double[] scale = new double[p];
        for (int k = 0; k < p; k++) {
            scale[k] = 1 / columns.activationSum(pseudo[k] / columns.perUnit());
        }
        double ensemble = 1.0 / source.rows();
        GramKernel kernel = kernels.gram();
        int chunk = kernel.chunkRows(d, c);
        double[] w = new double[Math.max(1, Math.min(chunk, end - first)) * p];
        try (GramKernel.Pass gram = kernel.begin(d, pass.vectors(), c)) {
            RowChunks.forEach(source, first, end, chunk, pass.centre(), stop, (from, m, x) -> {
                for (int i = 0; i < m; i++) {
                    for (int k = 0; k < p; k++) {
                        w[i * p + k] = columns.weight(pseudo[k], from + i) * scale[k] - ensemble;
                    }
                }
                gram.add(x, m, w, p, pass.column());
            });
            double[] out = gram.sums();
            System.arraycopy(out, 0, sums, 0, sums.length);
        }
    }
}
