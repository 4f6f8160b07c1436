package org.unitscope.math.rf.matrixfree;

import java.util.function.BooleanSupplier;

/**
 * Where the passes of the matrix-free AWC over the patch matrix run: every pass (the ensemble statistics, the AWAs,
 * the dense second moments and each application of the AWC operators) goes through {@link #run}, so that the same
 * estimate can sum its passes in this JVM ({@link LocalPasses}) or on the holders of patch shards
 * ({@link ShardedPasses}, or a cluster's own runner) and get the same bits, as long as the rows are cut into the same
 * {@link PassBlocks}.
 */
public interface PassRunner {

    /** N, the patch matrix's rows. */
    int rows();

    /** d, the patch dimension. */
    int dim();

    /**
     * The sums of {@code pass} over every row, section by section ({@link PatchPass#sections}); {@code columns}
     * gives the weights of the pass's pseudo-units (over all N rows; the same object for every pass of one group of
     * units). Stops with a {@link java.util.concurrent.CancellationException} when {@code stop} says so.
     */
    double[][] run(PatchPass pass, ShuffledColumns columns, BooleanSupplier stop);
}
