package org.unitscope.engine.internal.checkpoint;

import java.util.Map;

/**
 * Rows {@code first .. first + rows - 1} of every layer's responses (per layer rows x units floats, row-major, in the
 * run's layer order) and the stimuli among them that failed to render, with the reason.
 */
public record ProbeChunk(int first, int rows, float[][] layers, Map<Integer, String> failures) {

    public int end() {
        return first + rows;
    }
}
