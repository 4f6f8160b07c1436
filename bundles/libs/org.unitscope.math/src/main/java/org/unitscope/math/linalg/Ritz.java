package org.unitscope.math.linalg;

/**
 * The Ritz pairs of one Lanczos step: the eigen-decomposition of T_j, each pair's residual |B_j s_last| and whether
 * the wanted ones (the {@code low} smallest and {@code high} largest) meet the tolerance.
 *
 * @param eigen     eigen-decomposition of T_j
 * @param residual  the largest wanted residual relative to the largest |theta| (0 for a zero operator)
 * @param converged whether enough pairs exist and all wanted residuals are within the tolerance
 */
record Ritz(SmallEigen eigen, int[] lowIndices, int[] highIndices, double residual, boolean converged) {

    /**
     * @param t         T_j, n x n row-major
     * @param lastBlock size of the last block of T_j
     * @param b         B_j, rows x lastBlock row-major
     * @param rows      rows of B_j (0 when the Krylov space is invariant)
     */
    static Ritz of(double[] t, int lastBlock, double[] b, int rows, BlockLanczos.Settings settings) {
        int n = (int) Math.round(Math.sqrt(t.length));
        SmallEigen eigen = SmallEigen.of(t, n);
        double[] values = eigen.values();
        int[] low = new int[Math.min(settings.low(), n)];
        for (int k = 0; k < low.length; k++) {
            low[k] = k;
        }
        int[] high = new int[Math.min(settings.high(), n)];
        for (int k = 0; k < high.length; k++) {
            high[k] = n - 1 - k;
        }
        double norm = Math.max(Math.abs(values[0]), Math.abs(values[n - 1]));
        double worst = Math.max(worst(eigen, low, n, lastBlock, b, rows), worst(eigen, high, n, lastBlock, b, rows));
        double relative = norm > 0 ? worst / norm : 0;
        boolean enough = n >= settings.low() + settings.high();
        return new Ritz(eigen, low, high, relative, enough && relative <= settings.tolerance());
    }

    private static double worst(SmallEigen eigen, int[] indices, int n, int lastBlock, double[] b, int rows) {
        double worst = 0;
        for (int index : indices) {
            double[] s = eigen.vectors()[index];
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                double v = 0;
                for (int c = 0; c < lastBlock; c++) {
                    v += b[r * lastBlock + c] * s[n - lastBlock + c];
                }
                sum += v * v;
            }
            worst = Math.max(worst, Math.sqrt(sum));
        }
        return worst;
    }

    double[] values(int[] indices) {
        double[] out = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = eigen.values()[indices[k]];
        }
        return out;
    }
}
