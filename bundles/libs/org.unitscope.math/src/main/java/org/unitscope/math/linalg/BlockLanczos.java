package org.unitscope.math.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Extreme eigenpairs (the {@code low} smallest and {@code high} largest) of a symmetric operator M restricted to the
 * orthogonal complement of given orthonormal vectors ("deflated": axes already accepted), by block Lanczos with full
 * reorthogonalisation. The operator is not called from here: the problem is a state machine whose
 * {@link #pending()} block the caller multiplies by M (usually for many problems in one pass over the data, see
 * {@link LanczosBatch}) and hands back through {@link #supply}.
 *
 * <p>Method. Q_1 is a random orthonormal block (seeded, orthogonal to the deflated vectors). For j = 1, 2, ...:
 * W = M Q_j, A_j = Q_j^T W, W -= Q_j A_j + Q_{j-1} B_{j-1}^T, then W is orthogonalised (classical Gram-Schmidt, twice)
 * against the deflated vectors and every earlier Lanczos vector, and factored W = Q_{j+1} B_j. A column of W that
 * vanishes (the space found so far is invariant) is replaced by a random vector orthogonal to everything (its
 * coupling is 0), or dropped when the complement is exhausted. On the complement the operator is P M P with
 * P = I - D D^T: every Lanczos vector is orthogonal to D, so M Q_j needs no projection before the product and the
 * reorthogonalisation applies P after it. The Ritz values are the eigenvalues of the block tridiagonal T_j; the
 * residual of Ritz pair (theta, y = Q s) is |B_j s_j| (s_j: the components of s in the last block).
 *
 * <p>Convergence (looked at after each of the first 8 blocks, then each time the space has grown by an eighth; for
 * blocks of several vectors only once the wanted Ritz values have settled): stops when every wanted pair has residual |M y - theta y| <= tolerance * max|theta|, when the
 * Krylov space spans the whole complement (then the values are exact up to rounding: residual 0), or when it
 * reaches {@code maxBasis} vectors (then {@link RitzPairs#converged()} is false). For a symmetric operator each
 * returned Ritz value lies within the residual of an eigenvalue, |theta - lambda| <= residual (and within
 * residual^2 / gap when the gap to the rest of the spectrum is known), and the angle between a Ritz vector and its
 * eigenvector is at most residual / gap.
 *
 * <p>Deterministic: the same operator, deflated vectors, settings and seed give the same result bit for bit.
 * Memory: the Lanczos vectors, d x (basis size) doubles. Not thread-safe.
 */
public final class BlockLanczos {

    /** A column is taken as dependent below this fraction of the operator's scale. */
    private static final double DEPENDENT = 1e-10;
    /** The Ritz pairs are looked at after every block up to this many blocks. */
    private static final int EVERY_BLOCK = 8;

    /**
     * @param blockSize vectors per block (>= 1)
     * @param low       number of smallest eigenpairs wanted (>= 0)
     * @param high      number of largest eigenpairs wanted (>= 0; low + high >= 1)
     * @param tolerance relative residual bound (> 0)
     * @param maxBasis  largest Krylov space built (>= blockSize)
     * @param vectors   whether Ritz vectors are wanted (else values only)
     */
    public record Settings(int blockSize, int low, int high, double tolerance, int maxBasis, boolean vectors) {
        public Settings {
            if (blockSize < 1 || low < 0 || high < 0 || low + high < 1 || maxBasis < blockSize) {
                throw new IllegalArgumentException("need blockSize >= 1, low, high >= 0 with low + high >= 1, "
                        + "maxBasis >= blockSize: " + blockSize + ", " + low + ", " + high + ", " + maxBasis);
            }
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("tolerance must be > 0: " + tolerance);
            }
        }
    }

    private final int dim;
    private final List<double[]> deflated;
    private final Settings settings;
    private final int available;
    private final SplittableRandom random;
    private final List<double[]> basis = new ArrayList<>();
    private final List<double[][]> blocks = new ArrayList<>();
    /** A_j, b_j x b_j row-major. */
    private final List<double[]> diagonal = new ArrayList<>();
    /** B_j, b_{j+1} x b_j row-major: W_j = Q_{j+1} B_j. */
    private final List<double[]> coupling = new ArrayList<>();
    private double scale;
    private int iterations;
    private int lastCheck;
    private double[] previousWanted;
    private RitzPairs result;

    /**
     * @param dim      dimension of the space (>= 1)
     * @param deflated orthonormal vectors whose span is excluded (may be empty)
     * @param settings what to find and when to stop
     * @param seed     seed of the random start block
     */
    public BlockLanczos(int dim, List<double[]> deflated, Settings settings, long seed) {
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be >= 1: " + dim);
        }
        for (double[] q : deflated) {
            if (q.length != dim) {
                throw new IllegalArgumentException("deflated vector of length " + q.length + ", need " + dim);
            }
        }
        this.dim = dim;
        this.deflated = List.copyOf(deflated);
        this.settings = settings;
        this.available = dim - deflated.size();
        this.random = new SplittableRandom(seed);
        if (available <= 0) {
            result = new RitzPairs(new double[0], new double[0][], new double[0], new double[0][], 0, true, 0, 0);
            return;
        }
        List<double[]> start = new ArrayList<>();
        while (start.size() < Math.min(settings.blockSize(), available)) {
            start.add(randomOrthogonal(start));
        }
        append(start.toArray(new double[0][]));
    }

    public int dim() {
        return dim;
    }

    /** True when the result is ready. */
    public boolean done() {
        return result != null;
    }

    /** The block to multiply by M next: its vectors (length d each); not to be modified. */
    public double[][] pending() {
        if (done()) {
            throw new IllegalStateException("the iteration is finished");
        }
        return blocks.get(blocks.size() - 1);
    }

    /** The result; only when {@link #done()}. */
    public RitzPairs result() {
        if (!done()) {
            throw new IllegalStateException("the iteration is not finished");
        }
        return result;
    }

    /** Takes M applied to the {@link #pending()} block (same number of vectors, length d each). */
    public void supply(double[][] products) {
        double[][] q = pending();
        if (products == null || products.length != q.length) {
            throw new IllegalArgumentException("need " + q.length + " products");
        }
        iterations++;
        double[][] w = new double[q.length][];
        for (int t = 0; t < q.length; t++) {
            if (products[t].length != dim) {
                throw new IllegalArgumentException("product of length " + products[t].length + ", need " + dim);
            }
            w[t] = products[t].clone();
            scale = Math.max(scale, Vectors.norm(w[t]));
        }
        double[] a = symmetricProjection(q, w);
        diagonal.add(a);
        subtractRecurrence(q, a, w);
        for (double[] column : w) {
            Vectors.orthogonalize(column, deflated, basis);
        }
        List<double[]> next = new ArrayList<>();
        double[] b = factor(w, next);
        boolean exhausted = next.isEmpty();
        boolean full = basis.size() + next.size() > settings.maxBasis();
        if (exhausted || full || (dueForCheck() && (singleVectors() || valuesSettled()))) {
            Ritz ritz = singleVectors()
                    ? Ritz.tridiagonal(diagonalEntries(), couplingEntries(), next.isEmpty() ? 0 : b[0], settings)
                    : Ritz.of(tridiagonal(), lastBlockSize(), b, next.size(), settings);
            lastCheck = iterations;
            if (ritz.converged() || exhausted || full) {
                finish(ritz, exhausted);
                return;
            }
        }
        coupling.add(b);
        append(next.toArray(new double[0][]));
    }

    /**
     * Whether to look at the Ritz pairs after this block: after each of the first {@value #EVERY_BLOCK} blocks, then
     * whenever the Krylov space has grown by an eighth since the last look (the n^3 decomposition of T_j would
     * otherwise dominate small problems; it costs at most an eighth more blocks).
     */
    private boolean dueForCheck() {
        return iterations <= EVERY_BLOCK || iterations - lastCheck >= Math.max(1, iterations / 8);
    }

    /** A = Q^T W, symmetrised. */
    private static double[] symmetricProjection(double[][] q, double[][] w) {
        int b = q.length;
        double[] a = new double[b * b];
        for (int s = 0; s < b; s++) {
            for (int t = 0; t < b; t++) {
                a[s * b + t] = Vectors.dot(q[s], w[t]);
            }
        }
        for (int s = 0; s < b; s++) {
            for (int t = s + 1; t < b; t++) {
                double mean = (a[s * b + t] + a[t * b + s]) / 2;
                a[s * b + t] = mean;
                a[t * b + s] = mean;
            }
        }
        return a;
    }

    /** W -= Q_j A_j + Q_{j-1} B_{j-1}^T. */
    private void subtractRecurrence(double[][] q, double[] a, double[][] w) {
        int b = q.length;
        for (int t = 0; t < b; t++) {
            for (int s = 0; s < b; s++) {
                Vectors.axpy(-a[s * b + t], q[s], w[t]);
            }
        }
        if (blocks.size() >= 2) {
            double[][] previous = blocks.get(blocks.size() - 2);
            double[] coupled = coupling.get(coupling.size() - 1); // b x b_prev: row t of B_{j-1}
            int bp = previous.length;
            for (int t = 0; t < b; t++) {
                for (int s = 0; s < bp; s++) {
                    Vectors.axpy(-coupled[t * bp + s], previous[s], w[t]);
                }
            }
        }
    }

    /**
     * W = Q_next R: Gram-Schmidt (twice) of the columns of W among themselves; returns R (|Q_next| x b row-major).
     * A vanishing column is replaced by a random direction with coupling 0, or by none when no room is left.
     */
    private double[] factor(double[][] w, List<double[]> next) {
        int b = w.length;
        double[][] rows = new double[b][b];
        for (int t = 0; t < b; t++) {
            double[] v = w[t];
            for (int pass = 0; pass < 2; pass++) {
                for (int s = 0; s < next.size(); s++) {
                    double h = Vectors.dot(next.get(s), v);
                    rows[s][t] += h;
                    Vectors.axpy(-h, next.get(s), v);
                }
            }
            double norm = Vectors.norm(v);
            if (norm > DEPENDENT * Math.max(scale, Double.MIN_NORMAL)) {
                rows[next.size()][t] = norm;
                for (int i = 0; i < dim; i++) {
                    v[i] /= norm;
                }
                next.add(v);
            } else if (available - basis.size() - next.size() > 0) {
                next.add(randomOrthogonal(next));
            }
        }
        double[] r = new double[next.size() * b];
        for (int s = 0; s < next.size(); s++) {
            System.arraycopy(rows[s], 0, r, s * b, b);
        }
        return r;
    }

    /** A unit random vector orthogonal to the deflated vectors, the Lanczos vectors and {@code extra}. */
    private double[] randomOrthogonal(List<double[]> extra) {
        while (true) {
            double[] v = new double[dim];
            for (int i = 0; i < dim; i++) {
                v[i] = random.nextGaussian();
            }
            double before = Vectors.norm(v);
            Vectors.orthogonalize(v, deflated, basis, extra);
            double norm = Vectors.norm(v);
            if (norm > 1e-8 * before) {
                for (int i = 0; i < dim; i++) {
                    v[i] /= norm;
                }
                return v;
            }
        }
    }

    private void append(double[][] block) {
        blocks.add(block);
        basis.addAll(Arrays.asList(block));
    }

    private int lastBlockSize() {
        return blocks.get(blocks.size() - 1).length;
    }

    /** T_j, dense n x n row-major, n = the Lanczos vectors so far. */
    private double[] tridiagonal() {
        int n = basis.size();
        double[] t = new double[n * n];
        int start = 0;
        for (int j = 0; j < blocks.size(); j++) {
            int b = blocks.get(j).length;
            double[] a = diagonal.get(j);
            for (int s = 0; s < b; s++) {
                System.arraycopy(a, s * b, t, (start + s) * n + start, b);
            }
            if (j + 1 < blocks.size()) {
                int bn = blocks.get(j + 1).length;
                double[] c = coupling.get(j);
                for (int s = 0; s < bn; s++) {
                    for (int u = 0; u < b; u++) {
                        t[(start + b + s) * n + start + u] = c[s * b + u];
                        t[(start + u) * n + start + b + s] = c[s * b + u];
                    }
                }
            }
            start += b;
        }
        return t;
    }

    /**
     * For block problems, whose full Ritz decomposition costs O(n^3) with vectors: the wanted Ritz values alone (several
     * times cheaper) are compared with those of the previous look, and the residuals are computed only once they move
     * by at most tolerance * max|theta| (Ritz values converge about as the square of the residuals, so this happens
     * before the residuals meet the tolerance). Only decides when to look; acceptance is by the residuals.
     */
    private boolean valuesSettled() {
        double[] values = SmallEigen.values(tridiagonal(), basis.size());
        int n = values.length;
        int low = Math.min(settings.low(), n);
        int high = Math.min(settings.high(), n);
        double[] wanted = new double[low + high];
        for (int k = 0; k < low; k++) {
            wanted[k] = values[k];
        }
        for (int k = 0; k < high; k++) {
            wanted[low + k] = values[n - 1 - k];
        }
        double norm = Math.max(Math.abs(values[0]), Math.abs(values[n - 1]));
        boolean settled = previousWanted != null && previousWanted.length == wanted.length;
        for (int k = 0; settled && k < wanted.length; k++) {
            settled = Math.abs(wanted[k] - previousWanted[k]) <= settings.tolerance() * norm;
        }
        previousWanted = wanted;
        lastCheck = iterations;
        return settled;
    }

    /** Whether every block so far is a single vector: then T_j is tridiagonal. */
    private boolean singleVectors() {
        return basis.size() == blocks.size();
    }

    /** The diagonal of a tridiagonal T_j. */
    private double[] diagonalEntries() {
        double[] out = new double[diagonal.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = diagonal.get(j)[0];
        }
        return out;
    }

    /** The off-diagonal of a tridiagonal T_j. */
    private double[] couplingEntries() {
        double[] out = new double[coupling.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = coupling.get(j)[0];
        }
        return out;
    }

    private void finish(Ritz ritz, boolean exhausted) {
        double residual = exhausted ? 0 : ritz.residual();
        boolean converged = exhausted || ritz.converged();
        SmallEigen eigen = settings.vectors() && ritz.eigen() == null
                ? SmallEigen.of(tridiagonal(), basis.size()) : ritz.eigen();
        double[][] low = settings.vectors() ? ritzVectors(eigen, ritz.lowIndices()) : null;
        double[][] high = settings.vectors() ? ritzVectors(eigen, ritz.highIndices()) : null;
        result = new RitzPairs(ritz.values(ritz.lowIndices()), low, ritz.values(ritz.highIndices()), high, residual,
                converged, iterations, basis.size());
        basis.clear();
        blocks.clear();
    }

    private double[][] ritzVectors(SmallEigen eigen, int[] indices) {
        double[][] out = new double[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            double[] s = eigen.vectors()[indices[k]];
            double[] y = new double[dim];
            for (int i = 0; i < s.length; i++) {
                Vectors.axpy(s[i], basis.get(i), y);
            }
            double norm = Vectors.norm(y);
            for (int i = 0; i < dim; i++) {
                y[i] /= norm;
            }
            out[k] = y;
        }
        return out;
    }
}
