package org.unitscope.math.rf.matrixfree;

import java.util.function.BooleanSupplier;
import org.unitscope.math.rf.MomentKernel;

/**
 * The AWAs of many pseudo-units in one pass: AWA_j = sum_i a_j(i) (s_i - m) / sum_i a_j(i), as one product of the
 * centred patch matrix with the N x P matrix of clamped (shuffled) activations, chunk by chunk through a
 * {@link MomentKernel}'s first moments. Same definition as {@link org.unitscope.math.rf.Awa}.
 */
final class AwaPass {

    private AwaPass() {
    }

    /**
     * @param pseudo the pseudo-units of {@code columns} wanted; a pseudo-unit of a silent unit (sum a = 0) gets a
     *               zero AWA
     * @return one AWA (length d) per entry of {@code pseudo}
     */
    static double[][] of(PatchSource source, double[] mean, ShuffledColumns columns, int[] pseudo,
            MomentKernel kernel, BooleanSupplier stop) {
        int d = source.dim();
        int p = pseudo.length;
        double[] first = new double[p * d];
        double[] w = new double[p * RowChunks.CHUNK];
        RowChunks.forEach(source, mean, stop, (from, m, x) -> {
            for (int k = 0; k < p; k++) {
                for (int i = 0; i < m; i++) {
                    w[k * m + i] = columns.weight(pseudo[k], from + i);
                }
            }
            kernel.accumulate(x, m, d, w, p, first, null);
        });
        double[][] awa = new double[p][d];
        for (int k = 0; k < p; k++) {
            double total = columns.activationSum(pseudo[k] / columns.perUnit());
            if (total > 0) {
                for (int j = 0; j < d; j++) {
                    awa[k][j] = first[k * d + j] / total;
                }
            }
        }
        return awa;
    }
}
