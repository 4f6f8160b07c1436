package org.unitscope.math.rf.matrixfree;

/**
 * A {@link PatchSource} made of fixed-size row blocks that a supplier produces on demand (typically by rendering the
 * stimuli of the block again from their seed): block b holds rows b * blockRows .. (the last one may be shorter).
 * The most recent block is kept, so consecutive reads cost one rendering per block. Not thread-safe.
 */
public final class BlockPatches implements PatchSource {

    /** Produces block {@code index}: its rows, row-major (blockRows x d, fewer for the last block). */
    @FunctionalInterface
    public interface Blocks {
        float[] block(int index);
    }

    private final int rows;
    private final int dim;
    private final int blockRows;
    private final Blocks blocks;
    private int cachedIndex = -1;
    private float[] cached;

    public BlockPatches(int rows, int dim, int blockRows, Blocks blocks) {
        if (rows < 0 || dim < 1 || blockRows < 1 || blocks == null) {
            throw new IllegalArgumentException("need rows >= 0, dim >= 1, blockRows >= 1 and a supplier");
        }
        this.rows = rows;
        this.dim = dim;
        this.blockRows = blockRows;
        this.blocks = blocks;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public void read(int from, int count, float[] out) {
        PatchSource.checkRange(this, from, count, out);
        int done = 0;
        while (done < count) {
            int row = from + done;
            int index = row / blockRows;
            float[] block = block(index);
            int offset = row - index * blockRows;
            int take = Math.min(count - done, Math.min(blockRows, rows - index * blockRows) - offset);
            System.arraycopy(block, offset * dim, out, done * dim, take * dim);
            done += take;
        }
    }

    private float[] block(int index) {
        if (index != cachedIndex) {
            int expected = Math.min(blockRows, rows - index * blockRows) * dim;
            float[] block = blocks.block(index);
            if (block == null || block.length < expected) {
                throw new IllegalStateException("block " + index + " has " + (block == null ? 0 : block.length)
                        + " values, need " + expected);
            }
            cached = block;
            cachedIndex = index;
        }
        return cached;
    }
}
