package org.unitscope.math.rf;

/**
 * The matrix work of {@link ActivationWeightedSums}: weighted first and second moments of a sub-batch of
 * stimuli for several units at once. An implementation may run it in plain Java ({@link JavaMomentKernel}, the
 * reference) or as batched matrix products on a linear-algebra engine; all must give the same sums up to
 * rounding.
 *
 * <p>Accuracy contract: each call forms its sums in fresh double partials (zero at the start of the call) and
 * only then adds them to {@code first} and {@code second}, so a running total sees one rounding per call, not
 * one per stimulus; the caller keeps sub-batches to about {@link #preferredBatch} stimuli.
 */
public interface MomentKernel {

    /**
     * Adds, for every unit u in 0..units-1, sum_i w[u m + i] x_i to {@code first[u dim .. u dim + dim - 1]} and,
     * when {@code second != null}, sum_i w[u m + i] x_i x_i^T to {@code second[u]} (dim x dim row-major).
     * Only the upper triangle (column >= row) of {@code second[u]} needs to be right: readers symmetrize from it;
     * the lower triangle may receive anything finite.
     *
     * @param x      the sub-batch, m x dim row-major, finite
     * @param m      number of stimuli in the sub-batch (>= 0)
     * @param dim    stimulus dimension
     * @param w      units x m weights row-major, finite and >= 0 (zeros are common: rectified activations)
     * @param units  number of units
     * @param first  units x dim running sums, row-major
     * @param second null, or units arrays of dim x dim running sums
     */
    void accumulate(double[] x, int m, int dim, double[] w, int units, double[] first, double[][] second);

    /** The sub-batch size (stimuli per call) this kernel works best with for the given shape; >= 1. */
    int preferredBatch(int dim, int units);

    /** Checks the shapes of an {@link #accumulate} call; for implementations. */
    static void checkShapes(double[] x, int m, int dim, double[] w, int units, double[] first, double[][] second) {
        if (m < 0 || dim < 1 || units < 0) {
            throw new IllegalArgumentException("need m >= 0, dim >= 1, units >= 0: " + m + ", " + dim + ", " + units);
        }
        if (x == null || x.length < (long) m * dim) {
            throw new IllegalArgumentException("need " + m + " x " + dim + " stimuli");
        }
        if (w == null || w.length < (long) units * m) {
            throw new IllegalArgumentException("need " + units + " x " + m + " weights");
        }
        if (first == null || first.length < (long) units * dim) {
            throw new IllegalArgumentException("need " + units + " x " + dim + " first-moment sums");
        }
        if (second != null) {
            if (second.length < units) {
                throw new IllegalArgumentException("need " + units + " second-moment sums");
            }
            for (int u = 0; u < units; u++) {
                if (second[u] == null || second[u].length < (long) dim * dim) {
                    throw new IllegalArgumentException("second-moment sum " + u + " must be " + dim + " x " + dim);
                }
            }
        }
    }
}
