package org.unitscope.stimulus.images.internal;

/**
 * The size limit checked from headers before any decoding: a small file can announce a huge image (a decompression
 * bomb) whose pixels would not fit in memory, decoded by several threads at once.
 */
final class PixelBudget {
    private PixelBudget() {
    }

    /** Null when the image may be decoded, else the reason it is not. */
    static String problem(int width, int height, long maxPixels) {
        if (width <= 0 || height <= 0) {
            return "invalid dimensions " + width + " x " + height + " in the header";
        }
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            return width + " x " + height + " = " + pixels + " pixels exceeds maxPixels " + maxPixels + " (possible decompression bomb)";
        }
        return null;
    }
}
