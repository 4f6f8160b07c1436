package org.unitscope.stimulus.images.internal;

import org.unitscope.math.images.IdxFile;

/** Image {@code index} of a rank-3 IDX file (MNIST, Fashion-MNIST) as rows of gray values in [0, 1]. */
final class IdxRows implements RowSource {
    private final byte[] data;
    private final int rows;
    private final int cols;
    private final int base;

    IdxRows(IdxFile file, int index) {
        this.data = file.data();
        this.rows = file.dims()[1];
        this.cols = file.dims()[2];
        this.base = index * rows * cols;
    }

    @Override
    public int width() {
        return cols;
    }

    @Override
    public int height() {
        return rows;
    }

    @Override
    public int bands() {
        return 1;
    }

    @Override
    public void row(int y, int x0, int n, float[] dst) {
        int at = base + y * cols + x0;
        for (int i = 0; i < n; i++) {
            dst[i] = (data[at + i] & 0xFF) / 255f;
        }
    }
}
