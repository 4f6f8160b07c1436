package org.unitscope.engine.internal;

import org.unitscope.api.stimulus.StimulusFormat;

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

    static int forStimuli(StimulusFormat format) {
        long budget = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
        long perStimulus = (long) format.pixelsPerStimulus() * 4 * EXPANSION;
        long n = Math.max(1, Math.min(MAX, budget / perStimulus));
        return Integer.highestOneBit((int) n);
    }
}
