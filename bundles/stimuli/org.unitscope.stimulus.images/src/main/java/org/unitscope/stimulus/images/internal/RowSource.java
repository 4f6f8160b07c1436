package org.unitscope.stimulus.images.internal;

/** An image read one row at a time as values in [0, 1]: 1 band (gray) or 3 (RGB), interleaved per pixel. */
interface RowSource {
    int width();

    int height();

    int bands();

    /** Pixels {@code x0 .. x0+n-1} of row {@code y} into {@code dst[0 .. n*bands()-1]}. */
    void row(int y, int x0, int n, float[] dst);
}
