package org.unitscope.math.rf.matrixfree;

import java.util.function.BooleanSupplier;

/**
 * The passes in this JVM over a whole {@link PatchSource}. Unblocked ({@code blockRows} 0), each pass is one sum over
 * every row in row order, the matrix-free AWC as it always summed. Blocked, each pass is summed per
 * {@link PassBlocks} block and the blocks folded in block order: the bits of any split of the blocks across shards
 * ({@link ShardedPasses}), at the cost of one block's partial beside the total.
 */
public final class LocalPasses implements PassRunner {
    private final PatchSource source;
    private final PassWorker worker;
    private final int blockRows;

    /** @param blockRows rows per block, or 0 for one unblocked sum per pass */
    public LocalPasses(PatchSource source, MatrixFreeAwc.Kernels kernels, int blockRows) {
        if (blockRows < 0) {
            throw new IllegalArgumentException("blockRows must be >= 0 (0: unblocked): " + blockRows);
        }
        this.source = source;
        this.worker = new PassWorker(source, kernels);
        this.blockRows = blockRows;
    }

    @Override
    public int rows() {
        return source.rows();
    }

    @Override
    public int dim() {
        return source.dim();
    }

    @Override
    public double[][] run(PatchPass pass, ShuffledColumns columns, BooleanSupplier stop) {
        int n = source.rows();
        if (blockRows == 0 || n == 0) {
            return worker.partial(pass, columns, 0, n, stop);
        }
        PassBlocks blocks = new PassBlocks(n, blockRows);
        // folded as the blocks come: the same additions, in the same order, as PassBlocks.fold of them all
        double[][] total = worker.partial(pass, columns, blocks.from(0), blocks.to(0), stop);
        for (int b = 1; b < blocks.count(); b++) {
            PassBlocks.add(total, worker.partial(pass, columns, blocks.from(b), blocks.to(b), stop));
        }
        return total;
    }
}
