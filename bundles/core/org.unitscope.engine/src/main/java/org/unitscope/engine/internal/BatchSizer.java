package org.unitscope.engine.internal;

import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.engine.internal.sizing.RunSize;

/**
 * Batch size from the stimulus size and the memory at hand: a convolutional network's activations at full
 * resolution take tens of times the input (VGG16's first block: 64 maps per 3 input channels, two of them alive
 * at once), so a batch gets {@value #EXPANSION} times its input in bytes, within a quarter of the heap (at most
 * 1 GB), rounded down to a power of two between 1 and {@value #MAX}.
 */
final class BatchSizer {
    static final int EXPANSION = 48;
    static final int MAX = 256;

    private BatchSizer() {
    }

    /**
     * A batch size the run asked for, if one batch of input fits: in a Java array (2^31 - 1 floats) and in a quarter of the
     * heap; otherwise an error naming the largest that fits.
     *
     * @throws org.unitscope.api.UnitscopeException when it does not fit
     */
    static int check(int requested, StimulusFormat format) {
        long pixels = RunSize.pixels(format.size(), format.channels());
        long floats = requested * pixels;
        long limit = Math.min(Integer.MAX_VALUE - 8L, Runtime.getRuntime().maxMemory() / 4 / 4);
        if (floats > limit) {
            throw new org.unitscope.api.UnitscopeException(String.format(java.util.Locale.ROOT, "batchSize %d: one batch of %dx%dx%d px"
                    + " stimuli needs %.1f GB of input, more than a quarter of this JVM's %.1f GB heap; use at most %d (or \"auto\")",
                    requested, format.channels(), format.size(), format.size(), floats * 4 / 1e9, Runtime.getRuntime().maxMemory() / 1e9,
                    limit / pixels));
        }
        return requested;
    }

    static int forStimuli(StimulusFormat format) {
        long budget = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
        long perStimulus = RunSize.pixels(format.size(), format.channels()) * 4 * EXPANSION;
        long n = Math.max(1, Math.min(MAX, budget / perStimulus));
        return Integer.highestOneBit((int) n);
    }
}
