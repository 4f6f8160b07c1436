package org.unitscope.stimulus.images.internal;

/**
 * Where an image lands in the size x size stimulus: resized so that its shorter side ({@link #cover}: fills the
 * square, the centre is kept) or its longer side ({@link #contain}: the whole image shows, the rest is padding) is
 * {@code side} px, then the centred size x size window. Resized dimensions and window offsets are whole pixels, as in
 * torchvision's Resize + CenterCrop, so an image that needs no resizing is copied pixel for pixel.
 */
record Framing(AxisWeights x, AxisWeights y) {

    static Framing cover(int width, int height, int side, int size) {
        return of(width, height, (double) side / Math.min(width, height), size);
    }

    static Framing contain(int width, int height, int side, int size) {
        return of(width, height, (double) side / Math.max(width, height), size);
    }

    private static Framing of(int width, int height, double factor, int size) {
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        // Java's division truncates toward zero: floor((w - size) / 2) when cropping, and the same left padding as
        // IdxFile.image ((size - w) / 2) when padding
        return new Framing(new AxisWeights(width, w, (w - size) / 2, size), new AxisWeights(height, h, (h - size) / 2, size));
    }
}
