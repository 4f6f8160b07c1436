package org.unitscope.stimulus.images.internal;

/**
 * From resampled bands to the stimulus' channels: gray is replicated into every channel, colour is kept (3 channels)
 * or turned into luminance (1 channel) with the ITU-R BT.601 weights 0.299, 0.587, 0.114 of PIL's convert("L").
 */
final class Channels {
    private Channels() {
    }

    /** Whether images with colour can be given to a probe with this many channels. */
    static boolean colourFits(int channels) {
        return channels == 1 || channels == 3;
    }

    static void write(float[] planes, int bands, int plane, int channels, float[] dst, int offset) {
        if (bands == 1) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(planes, 0, dst, offset + c * plane, plane);
            }
        } else if (channels == 3) {
            System.arraycopy(planes, 0, dst, offset, 3 * plane);
        } else if (channels == 1) {
            for (int p = 0; p < plane; p++) {
                float y = 0.299f * planes[p] + 0.587f * planes[plane + p] + 0.114f * planes[2 * plane + p];
                dst[offset + p] = Math.min(1f, y); // the weights sum to 1.0000001 in float
            }
        } else {
            throw new IllegalArgumentException("colour images go into 1 or 3 channels, not " + channels);
        }
    }
}
