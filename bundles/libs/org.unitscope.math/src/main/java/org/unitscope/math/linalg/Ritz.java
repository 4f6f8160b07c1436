package org.unitscope.math.linalg;

/**
 * The Ritz pairs of one Lanczos step: the eigenvalues of T_j (ascending), each wanted pair's residual |B_j s_last| and
 * whether the wanted ones (the {@code low} smallest and {@code high} largest) meet the tolerance. For single-vector
 * blocks T_j is tridiagonal and only the values and the last eigenvector components are computed ({@link
 * TridiagonalEigen}, O(n^2)); otherwise T_j is fully decomposed ({@link SmallEigen}, O(n^3)), which also gives the
 * vectors.
 *
 * @param values    eigenvalues of T_j, ascending
 * @param eigen     the full decomposition, or null when only values and last components were computed
 * @param residual  the largest wanted residual relative to the largest |theta| (0 for a zero operator)
 * @param converged whether enough pairs exist and all wanted residuals are within the tolerance
 */
record Ritz(double[] values, SmallEigen eigen, int[] lowIndices, int[] highIndices, double residual,
        boolean converged) {

    /**
     * @param t         T_j, n x n row-major
     * @param lastBlock size of the last block of T_j
     * @param b         B_j, rows x lastBlock row-major
     * @param rows      rows of B_j (0 when the Krylov space is invariant)
     */
    static Ritz of(double[] t, int lastBlock, double[] b, int rows, BlockLanczos.Settings settings) {
        int n = (int) Math.round(Math.sqrt(t.length));
        SmallEigen eigen = SmallEigen.of(t, n);
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = eigen.vectors()[i];
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                double v = 0;
                for (int c = 0; c < lastBlock; c++) {
                    v += b[r * lastBlock + c] * s[n - lastBlock + c];
                }
                sum += v * v;
            }
            residuals[i] = Math.sqrt(sum);
        }
        return judge(eigen.values(), eigen, residuals, settings);
    }

    /**
     * The Ritz values of a tridiagonal T_j, residuals |beta| |z_last|.
     *
     * @param beta the coupling to the next Lanczos vector (0 when the space is invariant)
     */
    static Ritz tridiagonal(double[] diagonal, double[] offDiagonal, double beta, BlockLanczos.Settings settings) {
        TridiagonalEigen e = TridiagonalEigen.of(diagonal, offDiagonal);
        double[] residuals = new double[diagonal.length];
        for (int i = 0; i < residuals.length; i++) {
            residuals[i] = Math.abs(beta * e.last()[i]);
        }
        return judge(e.values(), null, residuals, settings);
    }

    private static Ritz judge(double[] values, SmallEigen eigen, double[] residuals, BlockLanczos.Settings settings) {
        int n = values.length;
        int[] low = new int[Math.min(settings.low(), n)];
        for (int k = 0; k < low.length; k++) {
            low[k] = k;
        }
        int[] high = new int[Math.min(settings.high(), n)];
        for (int k = 0; k < high.length; k++) {
            high[k] = n - 1 - k;
        }
        double worst = 0;
        for (int i : low) {
            worst = Math.max(worst, residuals[i]);
        }
        for (int i : high) {
            worst = Math.max(worst, residuals[i]);
        }
        double norm = Math.max(Math.abs(values[0]), Math.abs(values[n - 1]));
        double relative = norm > 0 ? worst / norm : 0;
        boolean enough = n >= settings.low() + settings.high();
        return new Ritz(values, eigen, low, high, relative, enough && relative <= settings.tolerance());
    }

    double[] values(int[] indices) {
        double[] out = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = values[indices[k]];
        }
        return out;
    }
}
