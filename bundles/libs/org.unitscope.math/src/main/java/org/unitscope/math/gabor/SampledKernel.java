package org.unitscope.math.gabor;

import java.util.function.DoubleBinaryOperator;

/**
 * Samples a filter on a square image grid the way a grating is rendered, then removes the mean (so the filter
 * ignores mean luminance) and scales to unit L2 norm (so responses of different filters are comparable).
 */
final class SampledKernel {

    private SampledKernel() {
    }

    /**
     * {@code value} at pixel (row i, col j), row-major, row 0 at the top, x = j - (size-1)/2, y = (size-1)/2 - i;
     * mean removed, unit L2 norm. Nothing left after removing the mean gives an all-zero kernel.
     */
    static float[] zeroMeanUnitNorm(int size, DoubleBinaryOperator value) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1: " + size);
        }
        double half = (size - 1) / 2.0;
        double[] samples = new double[size * size];
        double sum = 0;
        int k = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                samples[k] = value.applyAsDouble(j - half, half - i);
                sum += samples[k++];
            }
        }
        double dc = sum / samples.length;
        double norm2 = 0;
        for (int n = 0; n < samples.length; n++) {
            samples[n] -= dc;
            norm2 += samples[n] * samples[n];
        }
        double norm = Math.sqrt(norm2);
        float[] kernel = new float[samples.length];
        if (norm > 1e-12 * samples.length) {
            for (int n = 0; n < samples.length; n++) {
                kernel[n] = (float) (samples[n] / norm);
            }
        }
        return kernel;
    }
}
