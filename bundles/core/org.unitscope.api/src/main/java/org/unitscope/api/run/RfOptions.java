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
 */
public record RfOptions(int grid, boolean poolChannels, long maxMemoryBytes) {

    /** At most 32 x 32 samples (d <= 1,024), channels pooled, automatic memory budget. */
    public static final RfOptions DEFAULT = new RfOptions(32, true, 0);

    public RfOptions {
        if (grid < 0) {
            throw new IllegalArgumentException("grid must be >= 1 (or 0 = full resolution), not " + grid);
        }
        if (maxMemoryBytes < 0) {
            throw new IllegalArgumentException("maxMemory must be > 0 (or 0 = automatic), not " + maxMemoryBytes);
        }
    }

    public RfOptions withMaxMemory(long bytes) {
        return new RfOptions(grid, poolChannels, bytes);
    }
}
