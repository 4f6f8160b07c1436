package org.unitscope.math.rf.matrixfree;

import java.util.function.BooleanSupplier;

/**
 * The ensemble statistics of the patches: the mean m (one pass) and, when asked, the covariance
 * C_0 = sum (s - m)(s - m)^T / N (a second pass over the centred rows, weighted by ones).
 *
 * @param rows       N
 * @param dim        d
 * @param mean       m, length d
 * @param covariance C_0, d x d row-major symmetric, or null when not computed
 */
public record PatchStatistics(int rows, int dim, double[] mean, double[] covariance) {

    public static PatchStatistics of(PassRunner passes, boolean covariance, BooleanSupplier stop) {
        int n = passes.rows();
        int d = passes.dim();
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 patches, got " + n);
        }
        double[] sum = passes.run(PatchPass.sum(), null, stop)[0];
        double[] mean = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = sum[j] / n;
        }
        return new PatchStatistics(n, d, mean, covariance ? covariance(passes, mean, stop) : null);
    }

    private static double[] covariance(PassRunner passes, double[] mean, BooleanSupplier stop) {
        int n = passes.rows();
        int d = passes.dim();
        double[] c = passes.run(PatchPass.covariance(mean), null, stop)[1];
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
