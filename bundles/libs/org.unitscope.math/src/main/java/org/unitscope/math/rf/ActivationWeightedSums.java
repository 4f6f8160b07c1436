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
 * <p>The matrix work is done by a {@link MomentKernel}: per sub-batch of {@link MomentKernel#preferredBatch}
 * stimuli, once for the ensemble (one unit of weights 1) and once for the units (their clamped activations).
 * {@link JavaMomentKernel} (plain loops) is the default; a BLAS-backed kernel (the PyTorch engine's batched
 * matrix products, {@code org.unitscope.djl.TorchMomentKernel}) gives the same sums much faster.
 *
 * <p>Accuracy: each sub-batch's sums are formed in fresh double partials and only then added to the totals, so
 * a total sees one rounding per sub-batch instead of one per stimulus.
 *
 * <p>Cost: the d x d updates dominate, n d^2 multiply-adds per unit with covariance (n d^2 / 2 where the kernel
 * forms only the upper triangle, as the Java one does).
 *
 * <p>Not thread-safe: one instance per thread (or shard), then {@link #merge}.
 */
public final class ActivationWeightedSums {

    private final int units;
    private final int dim;
    private final boolean withCovariance;
    private final MomentKernel kernel;
    private long count;
    private final double[] sumS;
    private final double[] sumSS;
    private final double[] sumA;
    private final double[] sumAS;
    private final double[][] sumASS;
    /** sum a^2, sum a^2 s and sum a^2 s*s (per pixel): the sampling variance of the AWA, for its studentized test. */
    private final double[] sumA2;
    private final double[] sumA2S;
    private final double[] sumA2SS;

    /** Empty sums for {@code units >= 1} units over stimuli of dimension {@code dim >= 1}, with the Java kernel. */
    public ActivationWeightedSums(int units, int dim, boolean withCovariance) {
        this(units, dim, withCovariance, new JavaMomentKernel());
    }

    /** Empty sums whose matrix work is done by {@code kernel}. */
    public ActivationWeightedSums(int units, int dim, boolean withCovariance, MomentKernel kernel) {
        if (units < 1 || dim < 1) {
            throw new IllegalArgumentException("units and dim must be >= 1: " + units + ", " + dim);
        }
        if ((long) dim * dim > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("dim too large for a d x d array: " + dim);
        }
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        this.units = units;
        this.dim = dim;
        this.withCovariance = withCovariance;
        this.kernel = kernel;
        this.sumS = new double[dim];
        this.sumSS = new double[dim * dim];
        this.sumA = new double[units];
        this.sumAS = new double[units * dim];
        this.sumASS = withCovariance ? new double[units][dim * dim] : null;
        this.sumA2 = new double[units];
        this.sumA2S = new double[units * dim];
        this.sumA2SS = new double[units * dim];
    }

    /** Bytes held by the sums for {@code units} units of dimension {@code dim} (doubles, array headers ignored). */
    public static long bytes(int units, int dim, boolean withCovariance) {
        long d = dim;
        long perUnit = 2 + 3 * d + (withCovariance ? d * d : 0);
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
        if (n == 0) {
            return;
        }
        int batch = Math.max(1, Math.min(kernel.preferredBatch(dim, units), n));
        double[] x = new double[batch * dim];
        double[] ones = new double[batch];
        Arrays.fill(ones, 1.0);
        double[] w = new double[units * batch];
        double[] x2 = new double[batch * dim];
        double[] w2 = new double[units * batch];
        double[][] ensembleSecond = {sumSS};
        for (int start = 0; start < n; start += batch) {
            int m = Math.min(batch, n - start);
            for (int k = 0; k < m * dim; k++) {
                x[k] = stimuli[start * dim + k];
                x2[k] = x[k] * x[k];
            }
            count += m;
            kernel.accumulate(x, m, dim, ones, 1, sumS, ensembleSecond);
            for (int u = 0; u < units; u++) {
                double total = 0;
                int row = u * m;
                for (int i = 0; i < m; i++) {
                    float a = activations[(start + i) * units + u];
                    double wi = a > 0 ? a : 0.0;
                    w[row + i] = wi;
                    w2[row + i] = wi * wi;
                    total += wi;
                    sumA2[u] += wi * wi;
                }
                sumA[u] += total;
            }
            kernel.accumulate(x, m, dim, w, units, sumAS, sumASS);
            kernel.accumulate(x, m, dim, w2, units, sumA2S, null);
            kernel.accumulate(x2, m, dim, w2, units, sumA2SS, null);
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
        addInto(sumA2, 0, other.sumA2);
        addInto(sumA2S, 0, other.sumA2S);
        addInto(sumA2SS, 0, other.sumA2SS);
        if (withCovariance) {
            for (int u = 0; u < units; u++) {
                addInto(sumASS[u], 0, other.sumASS[u]);
            }
        }
    }

    /**
     * Writes the sums bit for bit: the shape (units, d, covariance), the count, then every sum array in the order
     * {@link #merge} adds them, so that {@link #mergeFrom} of the written sums equals {@code merge} of these.
     */
    public void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(units);
        out.writeInt(dim);
        out.writeBoolean(withCovariance);
        out.writeLong(count);
        for (double[] a : parts()) {
            SumsCodec.write(out, a);
        }
    }

    /** Adds sums written by {@link #write} of sums of the same shape, as {@link #merge} would add them. */
    public void mergeFrom(java.io.DataInput in) throws java.io.IOException {
        int u = in.readInt();
        int d = in.readInt();
        boolean c = in.readBoolean();
        if (u != units || d != dim || c != withCovariance) {
            throw new java.io.IOException(String.format(java.util.Locale.ROOT, "cannot merge written sums of %d units, d = %d%s into"
                    + " sums of %d units, d = %d%s", u, d, c ? " with covariance" : "", units, dim, withCovariance ? " with covariance" : ""));
        }
        count += in.readLong();
        for (double[] a : parts()) {
            SumsCodec.addFrom(in, a);
        }
    }

    /** The sum arrays in merge order. */
    private java.util.List<double[]> parts() {
        java.util.List<double[]> p = new java.util.ArrayList<>(java.util.List.of(sumS, sumSS, sumA, sumAS, sumA2, sumA2S, sumA2SS));
        if (withCovariance) {
            p.addAll(java.util.Arrays.asList(sumASS));
        }
        return p;
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

    /**
     * The AWA's studentized squared norm, T = sum_j (sum_n a_n (s_nj - m_j))^2 / sum_n a_n^2 (s_nj - m_j)^2 with m the
     * ensemble mean: each pixel's weighted sum divided by its own (heteroscedasticity-consistent) sampling variance.
     * Unlike |AWA|^2 its null distribution does not depend on how the response variance depends on the stimulus, so
     * a shuffle test of T stays near its level for an energy-model (complex) cell, whose AWA is 0 but whose
     * activations are larger for stimuli along its filters. Pixels with no variance are left out.
     */
    public double studentizedAwaNorm(int u) {
        checkedUnit(u);
        double[] mean = stimulusMean();
        double t = 0;
        for (int j = 0; j < dim; j++) {
            int k = u * dim + j;
            double numerator = sumAS[k] - mean[j] * sumA[u];
            double variance = sumA2SS[k] - 2 * mean[j] * sumA2S[k] + mean[j] * mean[j] * sumA2[u];
            if (variance > 0) {
                t += numerator * numerator / variance;
            }
        }
        return t;
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
