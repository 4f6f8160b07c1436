package org.unitscope.math.rf.matrixfree;

import java.util.function.BooleanSupplier;

/**
 * The AWAs of many pseudo-units in one pass: AWA_j = sum_i a_j(i) (s_i - m) / sum_i a_j(i), as one product of the
 * centred patch matrix with the N x P matrix of clamped (shuffled) activations ({@link PatchPass.Kind#FIRST_MOMENTS}).
 * Same definition as {@link org.unitscope.math.rf.Awa}.
 */
final class AwaPass {

    private AwaPass() {
    }

    /**
     * @param pseudo the pseudo-units of {@code columns} wanted; a pseudo-unit of a silent unit (sum a = 0) gets a
     *               zero AWA
     * @return one AWA (length d) per entry of {@code pseudo}
     */
    static double[][] of(PassRunner passes, double[] mean, ShuffledColumns columns, int[] pseudo,
            BooleanSupplier stop) {
        int d = passes.dim();
        int p = pseudo.length;
        double[] first = passes.run(PatchPass.firstMoments(mean, pseudo), columns, stop)[0];
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
