package org.unitscope.math.rf;

import java.util.Arrays;

/**
 * Streaming sums for reverse correlation of {@code U} units against stimuli of dimension {@code d}: per unit
 * sum a, sum a s and (optionally) sum a s s^T; for the stimulus ensemble n, sum s and sum s s^T. Stimuli are
 * regenerated from a seed and never stored, so only these sums are kept; sums over disjoint shards add up
 * ({@link #merge}).
 *
 * <p>Activations are treated as firing rates: a negative activation is clamped to 0 before it is used (it
 * carries no weight), so that the weighted averages stay convex combinations of stimuli. Non-finite
 * activations or stimuli are rejected.
 *
 * <p>Accuracy: each call is processed in sub-batches whose sums are formed in fresh double partials and only
 * then added to the totals, so a total sees one rounding per sub-batch instead of one per stimulus.
 *
 * <p>Cost: the d x d updates dominate, n d^2 / 2 multiply-adds per unit with covariance (only the upper
 * triangle is accumulated). They are done a block of rows at a time so the block stays in cache while the
 * sub-batch streams past it.
 */
public final class ActivationWeightedSums {

    /** Stimuli per sub-batch: large enough to amortise the partial-to-total additions, small in memory. */
    private static final int SUB_BATCH = 256;
    /** Rows of the d x d partial updated together: 32 rows of d = 1024 doubles is 256 KiB, an L2's worth. */
    private static final int ROW_BLOCK = 32;

    private final int units;
    private final int dim;
    private final boolean withCovariance;
    private long count;
    private final double[] sumS;
    private final double[] sumSS;
    private final double[] sumA;
    private final double[] sumAS;
    private final double[][] sumASS;

    /** Empty sums for {@code units >= 1} units over stimuli of dimension {@code dim >= 1}. */
    public ActivationWeightedSums(int units, int dim, boolean withCovariance) {
        if (units < 1 || dim < 1) {
            throw new IllegalArgumentException("units and dim must be >= 1: " + units + ", " + dim);
        }
        if ((long) dim * dim > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("dim too large for a d x d array: " + dim);
        }
        this.units = units;
        this.dim = dim;
        this.withCovariance = withCovariance;
        this.sumS = new double[dim];
        this.sumSS = new double[dim * dim];
        this.sumA = new double[units];
        this.sumAS = new double[units * dim];
        this.sumASS = withCovariance ? new double[units][dim * dim] : null;
    }

    /** Bytes held by the sums for {@code units} units of dimension {@code dim} (doubles, array headers ignored). */
    public static long bytes(int units, int dim, boolean withCovariance) {
        long d = dim;
        long perUnit = 1 + d + (withCovariance ? d * d : 0);
        return 8L * (d + d * d + units * perUnit);
    }

    /**
     * Adds {@code n} stimuli: {@code stimuli} holds them row-major (n x d), {@code activations} the units'
     * responses row-major (n x U, stimulus-major). Negative activations count as 0.
     */
    public void add(float[] stimuli, float[] activations, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (stimuli == null || activations == null || stimuli.length < (long) n * dim
                || activations.length < (long) n * units) {
            throw new IllegalArgumentException("need " + n + " x " + dim + " stimuli and " + n + " x " + units
                    + " activations");
        }
        requireFinite(stimuli, n * dim, "stimulus value");
        requireFinite(activations, n * units, "activation");
        int batch = Math.min(SUB_BATCH, Math.max(n, 1));
        double[] x = new double[batch * dim];
        double[] w = new double[batch];
        double[] scratch = new double[Math.min(ROW_BLOCK, dim) * dim];
        double[] vector = new double[dim];
        for (int start = 0; start < n; start += batch) {
            int m = Math.min(batch, n - start);
            for (int k = 0; k < m * dim; k++) {
                x[k] = stimuli[start * dim + k];
            }
            count += m;
            weightedSum(x, null, m, vector);
            addInto(sumS, 0, vector);
            addWeightedOuter(x, null, m, scratch, sumSS);
            for (int u = 0; u < units; u++) {
                double total = 0;
                for (int i = 0; i < m; i++) {
                    float a = activations[(start + i) * units + u];
                    w[i] = a > 0 ? a : 0.0;
                    total += w[i];
                }
                if (total == 0) {
                    continue;
                }
                sumA[u] += total;
                weightedSum(x, w, m, vector);
                addInto(sumAS, u * dim, vector);
                if (withCovariance) {
                    addWeightedOuter(x, w, m, scratch, sumASS[u]);
                }
            }
        }
    }

    /** Checked before anything is added, so that a rejected call leaves the sums unchanged. */
    private static void requireFinite(float[] values, int length, String what) {
        for (int k = 0; k < length; k++) {
            if (!Float.isFinite(values[k])) {
                throw new IllegalArgumentException(what + " not finite at index " + k);
            }
        }
    }

    /** Adds the sums of a disjoint shard (same units, dimension and covariance setting). */
    public void merge(ActivationWeightedSums other) {
        if (other.units != units || other.dim != dim || other.withCovariance != withCovariance) {
            throw new IllegalArgumentException("cannot merge sums of a different shape");
        }
        count += other.count;
        addInto(sumS, 0, other.sumS);
        addInto(sumSS, 0, other.sumSS);
        addInto(sumA, 0, other.sumA);
        addInto(sumAS, 0, other.sumAS);
        if (withCovariance) {
            for (int u = 0; u < units; u++) {
                addInto(sumASS[u], 0, other.sumASS[u]);
            }
        }
    }

    private void weightedSum(double[] x, double[] w, int m, double[] out) {
        Arrays.fill(out, 0.0);
        for (int i = 0; i < m; i++) {
            double wi = w == null ? 1.0 : w[i];
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
    private void addWeightedOuter(double[] x, double[] w, int m, double[] scratch, double[] target) {
        for (int r0 = 0; r0 < dim; r0 += ROW_BLOCK) {
            int r1 = Math.min(dim, r0 + ROW_BLOCK);
            Arrays.fill(scratch, 0, (r1 - r0) * dim, 0.0);
            for (int i = 0; i < m; i++) {
                double wi = w == null ? 1.0 : w[i];
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

    private static void addInto(double[] target, int offset, double[] values) {
        for (int k = 0; k < values.length; k++) {
            target[offset + k] += values[k];
        }
    }

    public int units() {
        return units;
    }

    public int dim() {
        return dim;
    }

    public boolean withCovariance() {
        return withCovariance;
    }

    /** Number of stimuli added. */
    public long count() {
        return count;
    }

    /** sum_n s_n (length d). */
    public double[] stimulusSum() {
        return sumS.clone();
    }

    /** sum_n s_n s_n^T, d x d row-major, symmetric. */
    public double[] stimulusOuterSum() {
        return symmetric(sumSS);
    }

    /** sum_n a_n for unit {@code u} (clamped activations). */
    public double activationSum(int u) {
        return sumA[checkedUnit(u)];
    }

    /** sum_n a_n s_n for unit {@code u} (length d). */
    public double[] weightedStimulusSum(int u) {
        checkedUnit(u);
        return Arrays.copyOfRange(sumAS, u * dim, (u + 1) * dim);
    }

    /** sum_n a_n s_n s_n^T for unit {@code u}, d x d row-major, symmetric; only when built with covariance. */
    public double[] weightedOuterSum(int u) {
        checkedUnit(u);
        if (!withCovariance) {
            throw new IllegalStateException("these sums were built without covariance");
        }
        return symmetric(sumASS[u]);
    }

    /** Ensemble mean stimulus sum s / n. */
    public double[] stimulusMean() {
        requireStimuli();
        double[] mean = sumS.clone();
        for (int j = 0; j < dim; j++) {
            mean[j] /= count;
        }
        return mean;
    }

    /** Ensemble covariance C_0 = sum s s^T / n - mean mean^T (divided by n, like the weighted covariance). */
    public double[] stimulusCovariance() {
        double[] mean = stimulusMean();
        double[] c = stimulusOuterSum();
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                c[i * dim + j] = c[i * dim + j] / count - mean[i] * mean[j];
            }
        }
        return c;
    }

    void requireStimuli() {
        if (count == 0) {
            throw new IllegalStateException("no stimuli added");
        }
    }

    private double[] symmetric(double[] upper) {
        double[] full = upper.clone();
        for (int i = 0; i < dim; i++) {
            for (int j = i + 1; j < dim; j++) {
                full[j * dim + i] = full[i * dim + j];
            }
        }
        return full;
    }

    private int checkedUnit(int u) {
        if (u < 0 || u >= units) {
            throw new IndexOutOfBoundsException("unit " + u + " outside [0, " + units + ")");
        }
        return u;
    }
}
