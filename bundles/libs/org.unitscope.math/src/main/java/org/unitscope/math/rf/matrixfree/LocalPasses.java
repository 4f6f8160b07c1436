package org.unitscope.math.rf.matrixfree;

import java.util.ArrayList;
import java.util.List;
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
        List<double[][]> partials = new ArrayList<>(2);
        for (int b = 0; b < blocks.count(); b++) {
            partials.add(worker.partial(pass, columns, blocks.from(b), blocks.to(b), stop));
            // fold as we go: the same additions, in the same order, as folding the list at the end
            if (partials.size() == 2) {
                PassBlocks.add(partials.get(0), partials.remove(1));
            }
        }
        return partials.get(0);
    }
}
