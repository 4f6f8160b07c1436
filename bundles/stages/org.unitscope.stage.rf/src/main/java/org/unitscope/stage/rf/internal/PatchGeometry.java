package org.unitscope.stage.rf.internal;

import org.unitscope.api.model.RfWindow;
import org.unitscope.api.run.RfOptions;

/**
 * Where a layer's reverse-correlation patch comes from and how it is sampled: the read-out unit's window clipped to
 * the image (pixels outside it are constant gray and carry no correlation), averaged over square blocks of
 * {@code block} pixels into a {@code rows x cols} grid (the reduced basis for large RFs), with the channels averaged
 * into one when {@code pooled}. Blocks at the far edges may be partial; they average the pixels they have.
 */
record PatchGeometry(int top, int left, int height, int width, int block, int rows, int cols, int channels,
        boolean pooled) {

    static PatchGeometry of(RfWindow window, int side, int channels, RfOptions options) {
        int top = Math.max(0, window.row());
        int left = Math.max(0, window.col());
        int bottom = Math.min(side, window.row() + window.size());
        int right = Math.min(side, window.col() + window.size());
        if (bottom <= top || right <= left) {
            throw new IllegalArgumentException("receptive field " + window + " lies outside the " + side + " px input");
        }
        int height = bottom - top;
        int width = right - left;
        int longest = Math.max(height, width);
        int block = options.grid() == 0 ? 1 : Math.max(1, (longest + options.grid() - 1) / options.grid());
        int rows = (height + block - 1) / block;
        int cols = (width + block - 1) / block;
        boolean pooled = options.poolChannels() && channels > 1;
        return new PatchGeometry(top, left, height, width, block, rows, cols, pooled ? 1 : channels, pooled);
    }

    /** Values per patch: the estimators' d. */
    int dimension() {
        return rows * cols * channels;
    }

    /**
     * Cuts stimulus {@code k}'s patch out of a batch of {@code side x side} images with {@code inputChannels}
     * channels (channel-major per image) into {@code out} at {@code offset}.
     */
    void cut(float[] batch, int k, int side, int inputChannels, float[] out, int offset) {
        int d = dimension();
        java.util.Arrays.fill(out, offset, offset + d, 0f);
        int perChannel = rows * cols;
        for (int c = 0; c < inputChannels; c++) {
            int src = (k * inputChannels + c) * side * side;
            int dst = offset + (pooled ? 0 : c * perChannel);
            for (int r = 0; r < height; r++) {
                int row = (top + r) * side + left + src;
                int cell = dst + (r / block) * cols;
                for (int q = 0; q < width; q++) {
                    out[cell + q / block] += batch[row + q];
                }
            }
        }
        // divide each cell by the number of pixels (x channels when pooled) it summed
        float share = pooled ? inputChannels : 1;
        for (int ch = 0; ch < channels; ch++) {
            for (int gr = 0; gr < rows; gr++) {
                int h = Math.min(block, height - gr * block);
                for (int gc = 0; gc < cols; gc++) {
                    int w = Math.min(block, width - gc * block);
                    out[offset + ch * perChannel + gr * cols + gc] /= h * w * share;
                }
            }
        }
    }

    /** For rf.npz and the manifest: top, left, height, width, block, rows, cols, channels. */
    double[] asArray() {
        return new double[] {top, left, height, width, block, rows, cols, channels};
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%dx%d px at (%d, %d) -> %dx%d%s%s", height, width, top, left, rows, cols,
                block > 1 ? " blocks of " + block + " px" : "", channels > 1 ? " x " + channels + " channels" : "");
    }
}
