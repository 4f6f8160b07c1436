package org.unitscope.math.rf;

/**
 * Activation-weighted covariance of one unit: AWC = sum a (s - AWA)(s - AWA)^T / sum a - C_0, stimuli mean
 * removed, C_0 the ensemble covariance of the same stimuli. Using the empirical C_0 of the very stimuli shown
 * (not the nominal identity of white noise) cancels most of the sampling noise of the weighted term.
 * Computed as E_a[s s^T] - E_a[s] E_a[s]^T - C_0 (covariance is shift-invariant).
 *
 * @param matrix d x d row-major, symmetric
 * @param dim    d
 */
public record Awc(double[] matrix, int dim) {

    /** AWC of unit {@code u}; the sums must have been built with covariance and the unit active at least once. */
    public static Awc of(ActivationWeightedSums sums, int u) {
        sums.requireStimuli();
        double total = sums.activationSum(u);
        if (!(total > 0)) {
            throw new IllegalStateException("unit " + u + " was never active: no AWC");
        }
        int d = sums.dim();
        double[] c = sums.weightedOuterSum(u);
        double[] weightedMean = sums.weightedStimulusSum(u);
        for (int j = 0; j < d; j++) {
            weightedMean[j] /= total;
        }
        double[] c0 = sums.stimulusCovariance();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                int k = i * d + j;
                c[k] = c[k] / total - weightedMean[i] * weightedMean[j] - c0[k];
            }
        }
        return new Awc(c, d);
    }

    /** Eigen-decomposition (ascending eigenvalues): large ones excitatory axes, small ones suppressive. */
    public SymmetricEigen eigen() {
        return SymmetricEigen.of(matrix, dim);
    }
}
