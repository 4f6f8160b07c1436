package org.unitscope.stimulus.images.internal;

import java.util.Arrays;

/**
 * Separable resampling of a {@link RowSource} through a {@link Framing} into planes (band-major, size x size each).
 * Each source row the window needs is read once and filtered horizontally, then added to the output rows it weighs
 * in: memory is one source row and the output, whatever the image size.
 */
final class Resampler {
    private Resampler() {
    }

    /** Fills {@code out[0 .. bands*size*size-1]}; padding pixels get {@code pad}. */
    static void render(RowSource source, Framing framing, float pad, float[] out) {
        AxisWeights fx = framing.x();
        AxisWeights fy = framing.y();
        int size = fx.outLength();
        int plane = size * size;
        int bands = source.bands();
        Arrays.fill(out, 0, bands * plane, 0f);
        if (fx.low() >= 0 && fy.low() >= 0) {
            int x0 = fx.low();
            int columns = fx.high() - x0 + 1;
            float[] row = new float[columns * bands];
            float[] filtered = new float[size * bands];
            int firstRow = 0;
            for (int y = fy.low(); y <= fy.high(); y++) {
                // output rows reading source row y form a contiguous run: advance past those that end before y
                while (fy.padding(firstRow) || fy.first(firstRow) + fy.weights(firstRow).length <= y) {
                    firstRow++;
                }
                source.row(y, x0, columns, row);
                filterRow(fx, row, x0, bands, filtered);
                for (int i = firstRow; i < size && !fy.padding(i) && fy.first(i) <= y; i++) {
                    float w = fy.weights(i)[y - fy.first(i)];
                    for (int b = 0; b < bands; b++) {
                        int o = b * plane + i * size;
                        int f = b * size;
                        for (int j = 0; j < size; j++) {
                            out[o + j] += w * filtered[f + j];
                        }
                    }
                }
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                boolean padding = fy.padding(i) || fx.padding(j);
                for (int b = 0; b < bands; b++) {
                    int o = b * plane + i * size + j;
                    // weights are non-negative and sum to 1: only float rounding can leave [0, 1] (1.0000001)
                    out[o] = padding ? pad : Math.min(1f, Math.max(0f, out[o]));
                }
            }
        }
    }

    private static void filterRow(AxisWeights fx, float[] row, int x0, int bands, float[] filtered) {
        int size = fx.outLength();
        for (int j = 0; j < size; j++) {
            if (fx.padding(j)) {
                continue;
            }
            float[] w = fx.weights(j);
            int start = fx.first(j) - x0;
            for (int b = 0; b < bands; b++) {
                float s = 0;
                for (int t = 0; t < w.length; t++) {
                    s += w[t] * row[(start + t) * bands + b];
                }
                filtered[b * size + j] = s;
            }
        }
    }
}
