package org.unitscope.math.rf;

import java.util.ArrayList;
import java.util.List;

/**
 * Nested shuffle test for the significance of AWC axes (Schwartz, Pillow, Rust and Simoncelli 2006,
 * J. Vision 6:484). The activations are shuffled across stimuli R times; each shuffle breaks any stimulus
 * dependence and gives one draw of the AWC under the null. At each step the observed AWC and every shuffled
 * AWC are restricted to the complement of the axes accepted so far. The null interval comes from order
 * statistics of the R shuffled largest (smallest) eigenvalues, so that the rank p-value
 * (1 + #{null at least as extreme}) / (R + 1) is at most alpha/2 outside it: an exact permutation test at
 * level alpha whatever R (interpolated quantiles of R = 50 draws were measured to reject twice too often).
 * This needs R + 1 >= 2 / alpha. Whichever observed extreme lies further outside its bound (in eigenvalue units) is accepted,
 * its axis projected out, and the test repeats; it stops at the first step with both extremes inside.
 *
 * <p>Because the AWC is a linear function of the second moments, the AWC of projected stimuli is P AWC P; so
 * all R + 1 AWCs are accumulated in one pass over the stimuli (as R + 1 units of
 * {@link ActivationWeightedSums}) and only projected at each step. The work is split so that a caller can
 * stream: {@link #plan(int)} gives the shuffles as random-access permutations ({@link ShufflePlan}), so the
 * stimuli can be regenerated batch by batch and weighted by the observed and shuffled activations in any
 * order or shard; {@link #test} then runs the stepwise acceptance on the R + 1 finished AWCs; {@link #run}
 * does both in memory. Cost: (R + 1) n d^2 / 2 multiply-adds for the pass, memory (R + 1) d^2 doubles
 * (d = 64, R = 50: 1.7 MB; d = 256, R = 100: 53 MB), and per step one full {@link SymmetricEigen}
 * decomposition and R eigenvalue-only ones ({@link SymmetricEigen#values}), O(R d^3): chosen over Lanczos for
 * exactness, which is affordable for the patch sizes this test is run on (d up to a few hundred).
 */
public final class NestedShuffleTest {

    /**
     * One accepted axis.
     *
     * @param vector     unit eigenvector (sign arbitrary)
     * @param eigenvalue its observed AWC eigenvalue (after projecting out earlier axes)
     * @param nullLower  the null interval's lower bound at its step
     * @param nullUpper  the null interval's upper bound at its step
     */
    public record Axis(double[] vector, double eigenvalue, double nullLower, double nullUpper) {
    }

    /** Accepted axes in order of acceptance: eigenvalues above the null (excitatory) and below (suppressive). */
    public record Result(List<Axis> excitatory, List<Axis> suppressive) {

        public int axisCount() {
            return excitatory.size() + suppressive.size();
        }
    }

    private final int shuffles;
    private final double alpha;
    private final int maxAxes;
    private final long seed;

    /**
     * @param shuffles number of shuffles R (>= 2; 100-1000 for publication, fewer for screening)
     * @param alpha    two-sided level of each step, in (0, 1)
     * @param maxAxes  stop after this many accepted axes (>= 0)
     * @param seed     seed of the shuffles, so a run is reproducible
     */
    public NestedShuffleTest(int shuffles, double alpha, int maxAxes, long seed) {
        if (shuffles < 2) {
            throw new IllegalArgumentException("shuffles must be >= 2: " + shuffles);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        if (allowedExceedances(shuffles, alpha) < 0) {
            throw new IllegalArgumentException("shuffles + 1 must be >= 2 / alpha to reach level alpha: "
                    + shuffles + ", " + alpha);
        }
        if (maxAxes < 0) {
            throw new IllegalArgumentException("maxAxes must be >= 0: " + maxAxes);
        }
        this.shuffles = shuffles;
        this.alpha = alpha;
        this.maxAxes = maxAxes;
        this.seed = seed;
    }

    public int shuffles() {
        return shuffles;
    }

    public double alpha() {
        return alpha;
    }

    public int maxAxes() {
        return maxAxes;
    }

    public long seed() {
        return seed;
    }

    /** The shuffles of this test over {@code n} stimuli: the permutations {@link #run} uses. */
    public ShufflePlan plan(int n) {
        return new ShufflePlan(n, shuffles, seed);
    }

    /**
     * Runs the test for one unit: {@code stimuli} n x d row-major, {@code activations} one per stimulus. The
     * observed AWC and the AWCs of the R shuffles of {@link #plan(int) plan(n)} are accumulated in one pass (as
     * R + 1 units of {@link ActivationWeightedSums}) and handed to {@link #test}.
     */
    public Result run(float[] stimuli, float[] activations, int n, int dim) {
        if (activations == null || activations.length < n) {
            throw new IllegalArgumentException("need " + n + " activations");
        }
        int units = shuffles + 1;
        float[] all = plan(n).shuffledActivations(activations, 0, n);
        ActivationWeightedSums sums = new ActivationWeightedSums(units, dim, true);
        sums.add(stimuli, all, n);
        double[] observed = Awc.of(sums, 0).matrix();
        List<double[]> nulls = new ArrayList<>(shuffles);
        for (int r = 1; r < units; r++) {
            nulls.add(Awc.of(sums, r).matrix());
        }
        return test(observed, nulls, dim);
    }

    /**
     * The stepwise acceptance on given AWCs: {@code observedAwc} the unit's, {@code nullAwcs} the R AWCs of the
     * shuffled activations (R = {@link #shuffles()}), each d x d row-major and symmetric. At each step every
     * matrix is restricted to the complement of the axes accepted so far; the observed one is fully decomposed,
     * the null ones only for their eigenvalues.
     */
    public Result test(double[] observedAwc, List<double[]> nullAwcs, int dim) {
        return test(observedAwc, nullAwcs, dim, () -> false);
    }

    /**
     * {@link #test(double[], List, int)}, checking {@code stop} before every eigen-decomposition (one takes well under
     * a second up to d = 600): a {@link java.util.concurrent.CancellationException} when it becomes true.
     */
    public Result test(double[] observedAwc, List<double[]> nullAwcs, int dim, java.util.function.BooleanSupplier stop) {
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be >= 1: " + dim);
        }
        requireSquare(observedAwc, dim, "observed AWC");
        if (nullAwcs == null || nullAwcs.size() != shuffles) {
            throw new IllegalArgumentException("need " + shuffles + " null AWCs, got "
                    + (nullAwcs == null ? 0 : nullAwcs.size()));
        }
        for (double[] m : nullAwcs) {
            requireSquare(m, dim, "null AWC");
        }
        List<double[]> accepted = new ArrayList<>();
        List<Axis> excitatory = new ArrayList<>();
        List<Axis> suppressive = new ArrayList<>();
        while (accepted.size() < Math.min(maxAxes, dim - 1)) {
            checkStop(stop);
            SymmetricEigen observed = restricted(observedAwc, dim, accepted);
            int top = dim - 1 - accepted.size();
            double[] nullMin = new double[shuffles];
            double[] nullMax = new double[shuffles];
            for (int r = 0; r < shuffles; r++) {
                checkStop(stop);
                double[] values = SymmetricEigen.values(restrictedMatrix(nullAwcs.get(r), dim, accepted), dim);
                nullMin[r] = values[0];
                nullMax[r] = values[top];
            }
            StepDecision step = StepDecision.of(observed.value(0), observed.value(top), nullMin, nullMax, alpha);
            if (step.stops()) {
                break;
            }
            if (step.acceptsLargest()) {
                excitatory.add(new Axis(observed.vector(top), observed.value(top), step.lower(), step.upper()));
                accepted.add(observed.vector(top));
            } else {
                suppressive.add(new Axis(observed.vector(0), observed.value(0), step.lower(), step.upper()));
                accepted.add(observed.vector(0));
            }
        }
        return new Result(List.copyOf(excitatory), List.copyOf(suppressive));
    }

    private static void checkStop(java.util.function.BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("stopped during the nested shuffle test");
        }
    }

    private static void requireSquare(double[] m, int dim, String what) {
        if (m == null || m.length != (long) dim * dim) {
            throw new IllegalArgumentException(what + " must be " + dim + " x " + dim);
        }
    }

    /** Eigen-decomposition of {@link #restrictedMatrix}. */
    static SymmetricEigen restricted(double[] m, int d, List<double[]> q) {
        return SymmetricEigen.of(restrictedMatrix(m, d, q), d);
    }

    /**
     * P M P + c Q Q^T, P = I - Q Q^T the projector off the accepted (orthonormal) axes Q: c exceeds every
     * eigenvalue of M, so the accepted axes take the top |Q| places and the rest is the spectrum of M on the
     * complement, without the spurious zeros P M P alone would mix into it. With Y = M Q and G = Q^T Y this is
     * M - Q V^T - V Q^T, V = Y - Q G / 2 - c Q / 2: O(d^2 |Q|). Returns {@code m} itself when Q is empty.
     */
    static double[] restrictedMatrix(double[] m, int d, List<double[]> q) {
        if (q.isEmpty()) {
            return m;
        }
        int k = q.size();
        double[][] y = new double[k][d];
        double frobenius = 0;
        for (int i = 0; i < d; i++) {
            int row = i * d;
            for (int j = 0; j < d; j++) {
                double v = m[row + j];
                frobenius += v * v;
            }
            for (int a = 0; a < k; a++) {
                y[a][i] = rowDot(m, row, q.get(a), d);
            }
        }
        double c = 1 + 2 * Math.sqrt(frobenius);
        double[][] v = new double[k][d];
        for (int a = 0; a < k; a++) {
            double[] va = v[a];
            System.arraycopy(y[a], 0, va, 0, d);
            for (int b = 0; b < k; b++) {
                double[] qb = q.get(b);
                // G[b][a] = q_b . y_a; V_a = y_a - sum_b q_b G[b][a] / 2 - c q_a / 2
                double g = PrincipalAngles.dot(qb, y[a]) / 2 + (a == b ? c / 2 : 0);
                for (int i = 0; i < d; i++) {
                    va[i] -= g * qb[i];
                }
            }
        }
        double[] out = m.clone();
        for (int a = 0; a < k; a++) {
            double[] qa = q.get(a);
            double[] va = v[a];
            for (int i = 0; i < d; i++) {
                double qi = qa[i];
                double vi = va[i];
                int row = i * d;
                for (int j = 0; j < d; j++) {
                    out[row + j] -= qi * va[j] + vi * qa[j];
                }
            }
        }
        return out;
    }

    private static double rowDot(double[] m, int offset, double[] v, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += m[offset + j] * v[j];
        }
        return s;
    }

    /**
     * Largest k such that k null values at least as extreme as the observed one still give a rank p-value
     * (1 + k) / (R + 1) <= alpha / 2; negative when R is too small.
     */
    public static int allowedExceedances(int shuffles, double alpha) {
        return (int) Math.floor(alpha / 2 * (shuffles + 1) + 1e-9) - 1;
    }

    /** The (k+1)-th smallest value: an observation below it has at most k null values at or below it. */
    static double orderStatistic(double[] values, int k) {
        return StepDecision.orderStatistic(values, k);
    }
}
