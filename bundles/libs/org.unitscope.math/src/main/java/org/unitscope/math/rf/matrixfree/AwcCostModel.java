package org.unitscope.math.rf.matrixfree;

import java.util.SplittableRandom;
import org.unitscope.math.linalg.GramKernel;

/**
 * A rough estimate, before anything is probed, of how long {@link MatrixFreeAwc} takes per unit: the floating-point
 * work its path needs at (d, N, R), divided by the rate the {@link GramKernel} reaches here (measured on a small pass
 * at the real d, {@link #measureRate}). It does not know how many axes a unit will have or how fast its Lanczos
 * problems converge, so it assumes what was measured on ground-truth units (docs/RECEPTIVE-FIELDS.md):
 * <ul>
 * <li>{@value #STEPS} test steps per unit (one accepted axis, then the step that stops);</li>
 * <li>Krylov path: about 50 (d / 256)^0.25 operator applications per Lanczos problem and step (measured 49-51 at
 * d = 256, 53-69 at 576, 60-77 at 1,024 on simple, complex and untuned units, N = 5,000, R = 19), each 4 N d flop,
 * for the observed AWC and each of the R shuffles;</li>
 * <li>dense path: the (R + 1) weighted second moments (2 N d^2 flop each) and (R + 1) dense eigen-decompositions per
 * step (about 9 d^3 flop each).</li>
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
            return problems * (2.0 * n * d * d + STEPS * 9.0 * d * d * d);
        }
        return problems * STEPS * applicationsPerProblem(d) * 4.0 * n * d;
    }

    /** Seconds for {@code units} units at the given rate (flop per second). */
    public double seconds(int d, int n, int units, double flopPerSecond) {
        return units * flopPerUnit(d, n) / flopPerSecond;
    }

    /**
     * The kernel's rate at dimension d, in flop per second: the best of three passes over 256 random rows with 256
     * vectors (about 0.07 s at d = 1,024 on this kind of machine).
     */
    public static double measureRate(GramKernel kernel, int d) {
        int m = 256;
        int c = 256;
        SplittableRandom random = new SplittableRandom(1);
        double[] x = new double[m * d];
        double[] v = new double[d * c];
        double[] w = new double[m];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextGaussian();
        }
        for (int k = 0; k < v.length; k++) {
            v[k] = random.nextGaussian();
        }
        java.util.Arrays.fill(w, 1.0);
        int[] column = new int[c];
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            try (GramKernel.Pass pass = kernel.begin(d, v, c)) {
                pass.add(x, m, w, 1, column);
                pass.sums();
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return 4.0 * m * d * c / (Math.max(best, 1) / 1e9);
    }
}
