package org.unitscope.math.rf.matrixfree;

import java.util.function.BooleanSupplier;
import org.unitscope.math.rf.MomentKernel;

/**
 * The ensemble statistics of the patches: the mean m (one pass) and, when asked, the covariance
 * C_0 = sum (s - m)(s - m)^T / N (a second pass over the centred rows, through a {@link MomentKernel}).
 *
 * @param rows       N
 * @param dim        d
 * @param mean       m, length d
 * @param covariance C_0, d x d row-major symmetric, or null when not computed
 */
public record PatchStatistics(int rows, int dim, double[] mean, double[] covariance) {

    public static PatchStatistics of(PatchSource source, boolean covariance, MomentKernel kernel,
            BooleanSupplier stop) {
        int n = source.rows();
        int d = source.dim();
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 patches, got " + n);
        }
        double[] sum = new double[d];
        RowChunks.forEach(source, null, stop, (from, m, x) -> {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < d; j++) {
                    sum[j] += x[i * d + j];
                }
            }
        });
        double[] mean = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = sum[j] / n;
        }
        return new PatchStatistics(n, d, mean, covariance ? covariance(source, mean, kernel, stop) : null);
    }

    private static double[] covariance(PatchSource source, double[] mean, MomentKernel kernel, BooleanSupplier stop) {
        int n = source.rows();
        int d = source.dim();
        double[] first = new double[d];
        double[][] second = {new double[d * d]};
        double[] ones = new double[RowChunks.CHUNK];
        java.util.Arrays.fill(ones, 1.0);
        RowChunks.forEach(source, mean, stop, (from, m, x) -> kernel.accumulate(x, m, d, ones, 1, first, second));
        double[] c = second[0];
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double v = c[i * d + j] / n;
                c[i * d + j] = v;
                c[j * d + i] = v;
            }
        }
        return c;
    }
}
