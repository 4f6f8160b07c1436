package org.unitscope.math.rf.matrixfree;

import org.unitscope.math.rf.NestedShuffleTest;

/**
 * Settings of {@link MatrixFreeAwc}.
 *
 * @param shuffles       R, shuffles of the nested test (R + 1 >= 2 / alpha)
 * @param alpha          two-sided level of each step of the test
 * @param maxAxes        the test stops after this many accepted axes
 * @param seed           seed of the shuffles and of the Lanczos start blocks
 * @param reported       k: the k smallest and k largest eigenpairs of each unit's AWC are reported (>= 1)
 * @param blockSize      Lanczos block size for the observed AWCs (>= 1; 2 suits the near-equal pair of a complex
 *                       cell)
 * @param nullBlockSize  Lanczos block size for the shuffled AWCs (>= 1; only their extreme eigenvalues are needed)
 * @param tolerance      relative residual at which an observed Ritz pair counts as converged: |M y - theta y| <=
 *                       tolerance * max|theta|; the eigenvalue is then within that of the truth and the axis within
 *                       tolerance * max|theta| / gap radians
 * @param nullTolerance  the same for the shuffled AWCs' extreme eigenvalues
 * @param maxBasis       largest Krylov space per problem (a problem that reaches it is reported not converged)
 * @param denseBelow     at d below this the d x d AWCs are formed and decomposed densely (cheaper there)
 * @param whiten         whether stimuli are whitened by (C_0 + epsilon I)^(-1/2) ({@link Whitening})
 * @param ridge          the whitening regulariser: epsilon = ridge * trace(C_0) / d
 * @param unitsPerBatch  units whose operators share the passes over the patches (memory grows with it)
 */
public record AwcSettings(int shuffles, double alpha, int maxAxes, long seed, int reported, int blockSize,
        int nullBlockSize, double tolerance, double nullTolerance, int maxBasis, int denseBelow, boolean whiten,
        double ridge, int unitsPerBatch) {

    /**
     * Default residual tolerance of the observed AWCs' Ritz pairs: eigenvalues within 1e-6 of the spectral radius (in
     * practice far closer: the error is about residual^2 / gap), axes within about 1e-6 / (relative gap) radians.
     */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /**
     * Default residual tolerance of the shuffled AWCs' extreme eigenvalues: only values are needed, and their error is
     * about residual^2 / gap; measured on ground-truth units at d = 256 the null bounds then agree with the dense ones
     * to 1e-6 relative (at 1e-3 they did not: 3e-6), with 27 % fewer passes than at 1e-8.
     */
    public static final double DEFAULT_NULL_TOLERANCE = 1e-4;
    /**
     * Default crossover: the dense path below d = 600. Measured (2 units, N = 10,000, R = 19, Java kernels, one
     * core): dense 8.0 s and Krylov 16.1 s at d = 256, 43.7 s and 45.3 s at 576, 78.5 s and 58.5 s at 784, 179.6 s and
     * 87.2 s at 1,024 (docs/RECEPTIVE-FIELDS.md). The dense path also holds (R + 1) d^2 doubles per unit.
     */
    public static final int DEFAULT_DENSE_BELOW = 600;

    public AwcSettings {
        if (shuffles < 2 || NestedShuffleTest.allowedExceedances(shuffles, alpha) < 0) {
            throw new IllegalArgumentException("need shuffles >= 2 with shuffles + 1 >= 2 / alpha: " + shuffles
                    + ", " + alpha);
        }
        if (!(alpha > 0 && alpha < 1) || maxAxes < 0 || reported < 1 || blockSize < 1 || nullBlockSize < 1) {
            throw new IllegalArgumentException("need alpha in (0, 1), maxAxes >= 0, reported, blockSize, "
                    + "nullBlockSize >= 1");
        }
        if (!(tolerance > 0) || !(nullTolerance > 0) || maxBasis < Math.max(blockSize, nullBlockSize)
                || unitsPerBatch < 1) {
            throw new IllegalArgumentException("need tolerances > 0, maxBasis >= the block sizes, unitsPerBatch >= 1");
        }
        if (whiten && !(ridge > 0)) {
            throw new IllegalArgumentException("whitening needs a ridge > 0: " + ridge);
        }
    }

    /**
     * Defaults: k = 4, blocks of 2 (observed) and 1 (shuffles), tolerances 1e-6 (observed) and 1e-4 (shuffles),
     * Krylov spaces up to 1000, no whitening, 64 units a batch.
     */
    public static AwcSettings of(int shuffles, double alpha, int maxAxes, long seed) {
        return new AwcSettings(shuffles, alpha, maxAxes, seed, 4, 2, 1, DEFAULT_TOLERANCE, DEFAULT_NULL_TOLERANCE, 1000,
                DEFAULT_DENSE_BELOW, false, Whitening.DEFAULT_RIDGE, 64);
    }

    public AwcSettings withWhitening(double ridge) {
        return new AwcSettings(shuffles, alpha, maxAxes, seed, reported, blockSize, nullBlockSize, tolerance,
                nullTolerance, maxBasis, denseBelow, true, ridge, unitsPerBatch);
    }

    public AwcSettings withDenseBelow(int d) {
        return new AwcSettings(shuffles, alpha, maxAxes, seed, reported, blockSize, nullBlockSize, tolerance,
                nullTolerance, maxBasis, d, whiten, ridge, unitsPerBatch);
    }

    public AwcSettings withUnitsPerBatch(int units) {
        return new AwcSettings(shuffles, alpha, maxAxes, seed, reported, blockSize, nullBlockSize, tolerance,
                nullTolerance, maxBasis, denseBelow, whiten, ridge, units);
    }

    public AwcSettings withBlocks(int observed, int nulls) {
        return new AwcSettings(shuffles, alpha, maxAxes, seed, reported, observed, nulls, tolerance, nullTolerance,
                maxBasis, denseBelow, whiten, ridge, unitsPerBatch);
    }

    public AwcSettings withTolerances(double observed, double nulls) {
        return new AwcSettings(shuffles, alpha, maxAxes, seed, reported, blockSize, nullBlockSize, observed, nulls,
                maxBasis, denseBelow, whiten, ridge, unitsPerBatch);
    }

    /** Krylov spaces up to {@code vectors} (at least the block sizes). */
    public AwcSettings withMaxBasis(int vectors) {
        return new AwcSettings(shuffles, alpha, maxAxes, seed, reported, blockSize, nullBlockSize, tolerance, nullTolerance,
                Math.max(vectors, Math.max(blockSize, nullBlockSize)), denseBelow, whiten, ridge, unitsPerBatch);
    }

    public AwcSettings withReported(int k) {
        return new AwcSettings(shuffles, alpha, maxAxes, seed, k, blockSize, nullBlockSize, tolerance, nullTolerance,
                maxBasis, denseBelow, whiten, ridge, unitsPerBatch);
    }
}
