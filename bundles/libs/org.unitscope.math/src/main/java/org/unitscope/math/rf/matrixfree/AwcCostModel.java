package org.unitscope.math.rf.matrixfree;

import java.util.SplittableRandom;
import org.unitscope.math.linalg.GramKernel;

/**
 * A rough estimate, before anything is probed, of how long {@link MatrixFreeAwc} takes per unit: the floating-point
 * work its path needs at (d, N, R), divided by the rate its kernel reaches here, timed on a small chunk at the real d
 * ({@link #measureRate}). It does not know how many axes a unit will have, how fast its Lanczos problems converge
 * or how sparse its responses are, so it assumes what was measured on ground-truth units (docs/RECEPTIVE-FIELDS.md):
 * <ul>
 * <li>{@value #STEPS} test steps per unit (one accepted axis, then the step that stops);</li>
 * <li>Krylov path: about 50 (d / 256)^0.25 operator applications per Lanczos problem and step (measured 49-51 at
 * d = 256, 53-69 at 576, 60-77 at 1,024 on simple, complex and untuned units, N = 5,000, R = 19), each 4 N d flop,
 * for the observed AWC and each of the R shuffles, at the {@link GramKernel}'s rate;</li>
 * <li>dense path: the (R + 1) weighted second moments (their upper triangles, N d^2 flop each) and (R + 1) dense
 * eigen-decompositions per step (about 9 d^3 flop each), at the {@link org.unitscope.math.rf.MomentKernel}'s rate.
 * The moment kernel skips zero weights, so units with rectified (sparse) responses take less: measured 0.39 of the
 * estimate for simple cells, 0.93 for complex cells.</li>
 * </ul>
 */
public record AwcCostModel(AwcSettings settings) {

    /** Test steps assumed per unit. */
    public static final int STEPS = 2;

    /** Operator applications per Lanczos problem and test step at dimension d (Krylov path). */
    public static double applicationsPerProblem(int d) {
        return 50 * Math.pow(d / 256.0, 0.25);
    }

    /** Flop one unit is expected to take at dimension d over n stimuli. */
    public double flopPerUnit(int d, int n) {
        int problems = settings.shuffles() + 1;
        if (d < settings.denseBelow()) {
            return problems * ((double) n * d * d + STEPS * 9.0 * d * d * d);
        }
        return problems * STEPS * applicationsPerProblem(d) * 4.0 * n * d;
    }

    /** Seconds for {@code units} units at the given rate (flop per second). */
    public double seconds(int d, int n, int units, double flopPerSecond) {
        return units * flopPerUnit(d, n) / flopPerSecond;
    }

    /**
     * The rate, in flop per second, of the kernel that does most of the work at dimension d: the Gram kernel on the
     * Krylov path, the moment kernel on the dense path; the best of five timings of a chunk of about 2 x 10^8 flop.
     */
    public double measureRate(MatrixFreeAwc.Kernels kernels, int d) {
        SplittableRandom random = new SplittableRandom(1);
        boolean dense = d < settings.denseBelow();
        int vectors = dense ? 8 : 256;
        double perRow = dense ? (double) vectors * d * d : 4.0 * d * vectors;
        int m = (int) Math.max(16, Math.min(4096, 2e8 / perRow));
        double[] x = gaussian(random, m * d);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            if (dense) {
                double[] w = new double[vectors * m];
                java.util.Arrays.fill(w, 1.0);
                double[][] second = new double[vectors][d * d];
                kernels.moments().accumulate(x, m, d, w, vectors, new double[vectors * d], second);
            } else {
                double[] w = new double[m];
                java.util.Arrays.fill(w, 1.0);
                try (GramKernel.Pass pass = kernels.gram().begin(d, gaussian(random, d * vectors), vectors)) {
                    pass.add(x, m, w, 1, new int[vectors]);
                    pass.sums();
                }
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return m * perRow / (Math.max(best, 1) / 1e9);
    }

    private static double[] gaussian(SplittableRandom random, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = random.nextGaussian();
        }
        return out;
    }
}
