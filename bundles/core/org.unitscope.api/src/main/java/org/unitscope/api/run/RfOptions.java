package org.unitscope.api.run;

/**
 * How receptive fields are sampled and what they may cost.
 *
 * @param grid           samples per side of the RF patch: the patch (the unit's window, clipped to the image) is
 *                       averaged over square pixel blocks so that it is at most grid x grid (a reduced basis for
 *                       the large RFs of block4/5); 0 = full resolution, one value per pixel
 * @param poolChannels   average the colour channels into one (a luminance RF; right for gray noise) instead of
 *                       one value per channel
 * @param maxMemoryBytes memory the estimators' sums may take in one pass over the stimuli; units are split into
 *                       passes to stay under it; 0 = the engine picks (half the free heap)
 * @param blockSize      stimuli per block of the streamed sums: each block is summed on its own and the blocks are
 *                       added in order, so that shards of blocks on other machines give the same sums
 *                       ({@link RfSharding}); 0 (the default) = one block, every stimulus: the sums are fed
 *                       directly, with no second set of sums beside them, and a run cannot be sharded
 * @param sharding       which blocks this run sums, or that it folds the sums of others; not part of the
 *                       description's JSON (a way of executing it, set by the commands)
 */
public record RfOptions(int grid, boolean poolChannels, long maxMemoryBytes, int blockSize, RfSharding sharding) {

    /**
     * One block of every stimulus unless the description says otherwise: blocks cost a second set of sums per pass,
     * which only a sharded run needs.
     */
    public static final int DEFAULT_BLOCK = 0;

    /** At most 32 x 32 samples (d <= 1,024), channels pooled, automatic memory budget, one block. */
    public static final RfOptions DEFAULT = new RfOptions(32, true, 0);

    public RfOptions {
        if (grid < 0) {
            throw new IllegalArgumentException("grid must be >= 1 (or 0 = full resolution), not " + grid);
        }
        if (maxMemoryBytes < 0) {
            throw new IllegalArgumentException("maxMemory must be > 0 (or 0 = automatic), not " + maxMemoryBytes);
        }
        if (blockSize < 0) {
            throw new IllegalArgumentException("blockSize must be >= 1 (or 0 = one block), not " + blockSize);
        }
        sharding = sharding == null ? RfSharding.NONE : sharding;
    }

    /** The default block size, every block summed here. */
    public RfOptions(int grid, boolean poolChannels, long maxMemoryBytes) {
        this(grid, poolChannels, maxMemoryBytes, DEFAULT_BLOCK, RfSharding.NONE);
    }

    public RfOptions withMaxMemory(long bytes) {
        return new RfOptions(grid, poolChannels, bytes, blockSize, sharding);
    }

    public RfOptions withBlockSize(int stimuli) {
        return new RfOptions(grid, poolChannels, maxMemoryBytes, stimuli, sharding);
    }

    public RfOptions withSharding(RfSharding s) {
        return new RfOptions(grid, poolChannels, maxMemoryBytes, blockSize, s);
    }
}
