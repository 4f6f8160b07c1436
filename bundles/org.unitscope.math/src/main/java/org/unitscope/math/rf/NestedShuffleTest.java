package org.unitscope.math.rf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

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
 * {@link ActivationWeightedSums}) and only projected at each step. Cost: (R + 1) n d^2 / 2 multiply-adds for
 * the pass, memory (R + 1) d^2 doubles (d = 64, R = 50: 1.7 MB; d = 256, R = 100: 53 MB), and per step R + 1
 * full {@link SymmetricEigen} decompositions, O(R d^3): chosen over Lanczos for exactness, which is affordable
 * for the patch sizes this test is run on (d up to a few hundred).
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

    /** Runs the test for one unit: {@code stimuli} n x d row-major, {@code activations} one per stimulus. */
    public Result run(float[] stimuli, float[] activations, int n, int dim) {
        if (activations == null || activations.length < n) {
            throw new IllegalArgumentException("need " + n + " activations");
        }
        double[][] awc = accumulate(stimuli, activations, n, dim);
        List<double[]> accepted = new ArrayList<>();
        List<Axis> excitatory = new ArrayList<>();
        List<Axis> suppressive = new ArrayList<>();
        while (accepted.size() < Math.min(maxAxes, dim - 1)) {
            SymmetricEigen observed = restricted(awc[0], dim, accepted);
            int top = dim - 1 - accepted.size();
            double[] nullMin = new double[shuffles];
            double[] nullMax = new double[shuffles];
            for (int r = 0; r < shuffles; r++) {
                SymmetricEigen e = restricted(awc[r + 1], dim, accepted);
                nullMin[r] = e.value(0);
                nullMax[r] = e.value(top);
            }
            int k = allowedExceedances(shuffles, alpha);
            double lower = orderStatistic(nullMin, k);
            double upper = -orderStatistic(negated(nullMax), k);
            double excess = observed.value(top) - upper;
            double deficit = lower - observed.value(0);
            if (excess <= 0 && deficit <= 0) {
                break;
            }
            if (excess >= deficit) {
                excitatory.add(new Axis(observed.vector(top), observed.value(top), lower, upper));
                accepted.add(observed.vector(top));
            } else {
                suppressive.add(new Axis(observed.vector(0), observed.value(0), lower, upper));
                accepted.add(observed.vector(0));
            }
        }
        return new Result(List.copyOf(excitatory), List.copyOf(suppressive));
    }

    /** AWC of the observed activations (index 0) and of R shuffles (1..R), from one pass over the stimuli. */
    private double[][] accumulate(float[] stimuli, float[] activations, int n, int dim) {
        int units = shuffles + 1;
        float[] all = new float[n * units];
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
            all[i * units] = activations[i];
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 1; r < units; r++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < n; i++) {
                all[i * units + r] = activations[perm[i]];
            }
        }
        ActivationWeightedSums sums = new ActivationWeightedSums(units, dim, true);
        sums.add(stimuli, all, n);
        double[][] awc = new double[units][];
        for (int u = 0; u < units; u++) {
            awc[u] = Awc.of(sums, u).matrix();
        }
        return awc;
    }

    /**
     * Eigen-decomposition of P M P + c Q Q^T, P the projector off the accepted axes Q: c exceeds every
     * eigenvalue of M, so the accepted axes take the top |Q| places and the rest is the spectrum of M on the
     * complement, without the spurious zeros P M P alone would mix into it.
     */
    static SymmetricEigen restricted(double[] m, int d, List<double[]> q) {
        if (q.isEmpty()) {
            return SymmetricEigen.of(m, d);
        }
        int k = q.size();
        double[][] y = new double[k][d];
        double frobenius = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double v = m[i * d + j];
                frobenius += v * v;
                for (int a = 0; a < k; a++) {
                    y[a][i] += v * q.get(a)[j];
                }
            }
        }
        double c = 1 + 2 * Math.sqrt(frobenius);
        double[][] qty = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                qty[a][b] = PrincipalAngles.dot(q.get(a), y[b]);
            }
        }
        double[] out = m.clone();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double delta = 0;
                for (int a = 0; a < k; a++) {
                    double[] qa = q.get(a);
                    delta += -qa[i] * y[a][j] - y[a][i] * qa[j] + c * qa[i] * qa[j];
                    for (int b = 0; b < k; b++) {
                        delta += qa[i] * qty[a][b] * q.get(b)[j];
                    }
                }
                out[i * d + j] += delta;
            }
        }
        return SymmetricEigen.of(out, d);
    }

    /**
     * Largest k such that k null values at least as extreme as the observed one still give a rank p-value
     * (1 + k) / (R + 1) <= alpha / 2; negative when R is too small.
     */
    static int allowedExceedances(int shuffles, double alpha) {
        return (int) Math.floor(alpha / 2 * (shuffles + 1) + 1e-9) - 1;
    }

    /** The (k+1)-th smallest value: an observation below it has at most k null values at or below it. */
    static double orderStatistic(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[k];
    }

    private static double[] negated(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = -values[i];
        }
        return out;
    }
}
