package org.unitscope.math.rf.matrixfree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The passes split across patch shards: shard k owns the contiguous blocks {@link PassBlocks#firstBlockOf} k ..
 * k + 1 of K and returns one partial per block; the partials of all shards are folded in block order, so the result
 * is bit-identical to {@link LocalPasses} with the same block size, for any K. The shards here are in this JVM
 * ({@link #local}); a cluster runs the same {@link Shard}s where their patches are cached.
 */
public final class ShardedPasses implements PassRunner {

    /** The holder of some blocks' patches. */
    public interface Shard {
        /** One partial per block it owns, in block order. */
        List<double[][]> partials(PatchPass pass, ShuffledColumns columns, BooleanSupplier stop);
    }

    private final PassBlocks blocks;
    private final int dim;
    private final List<Shard> shards;

    public ShardedPasses(PassBlocks blocks, int dim, List<Shard> shards) {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("need at least one shard");
        }
        this.blocks = blocks;
        this.dim = dim;
        this.shards = List.copyOf(shards);
    }

    /**
     * K shards in this JVM, each reading its rows of {@code source} once ({@link ShardPatches}) and keeping them for
     * every later pass.
     */
    public static ShardedPasses local(PatchSource source, MatrixFreeAwc.Kernels kernels, int blockRows, int parts) {
        PassBlocks blocks = new PassBlocks(source.rows(), blockRows);
        List<Shard> shards = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            int firstBlock = blocks.firstBlockOf(k, parts);
            int endBlock = blocks.firstBlockOf(k + 1, parts);
            shards.add(new LocalShard(ShardPatches.of(source, blocks.from(firstBlock), blocks.from(endBlock)),
                    kernels, blocks, firstBlock, endBlock));
        }
        return new ShardedPasses(blocks, source.dim(), shards);
    }

    @Override
    public int rows() {
        return blocks.rows();
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public double[][] run(PatchPass pass, ShuffledColumns columns, BooleanSupplier stop) {
        List<double[][]> all = new ArrayList<>(blocks.count());
        for (Shard shard : shards) {
            all.addAll(shard.partials(pass, columns, stop));
        }
        if (all.size() != blocks.count()) {
            throw new IllegalStateException("the shards returned " + all.size() + " block partials for "
                    + blocks.count() + " blocks");
        }
        return PassBlocks.fold(all);
    }

    /** Blocks {@code firstBlock .. endBlock - 1} over a shard's cached rows. */
    public static final class LocalShard implements Shard {
        private final PassWorker worker;
        private final PassBlocks blocks;
        private final int firstBlock;
        private final int endBlock;

        public LocalShard(ShardPatches patches, MatrixFreeAwc.Kernels kernels, PassBlocks blocks, int firstBlock,
                int endBlock) {
            if (patches.first() != blocks.from(firstBlock) || patches.end() != blocks.from(endBlock)) {
                throw new IllegalArgumentException("shard rows [" + patches.first() + ", " + patches.end()
                        + ") are not blocks " + firstBlock + ".." + (endBlock - 1));
            }
            this.worker = new PassWorker(patches, kernels);
            this.blocks = blocks;
            this.firstBlock = firstBlock;
            this.endBlock = endBlock;
        }

        @Override
        public List<double[][]> partials(PatchPass pass, ShuffledColumns columns, BooleanSupplier stop) {
            List<double[][]> out = new ArrayList<>();
            for (int b = firstBlock; b < endBlock; b++) {
                out.add(worker.partial(pass, columns, blocks.from(b), blocks.to(b), stop));
            }
            return out;
        }
    }
}
