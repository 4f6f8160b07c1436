package org.unitscope.math.rf.matrixfree;

/** A {@link PatchSource} over an array in memory (rows x dim row-major, not copied). */
final class ArrayPatches implements PatchSource {
    private final float[] patches;
    private final int rows;
    private final int dim;

    ArrayPatches(float[] patches, int rows, int dim) {
        if (rows < 0 || dim < 1 || patches == null || patches.length < (long) rows * dim) {
            throw new IllegalArgumentException("need " + rows + " x " + dim + " patches");
        }
        this.patches = patches;
        this.rows = rows;
        this.dim = dim;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public void read(int from, int count, float[] out) {
        PatchSource.checkRange(this, from, count, out);
        System.arraycopy(patches, from * dim, out, 0, count * dim);
    }
}
