package org.unitscope.math.rf.matrixfree;

/**
 * The rows {@code first .. end - 1} of a patch matrix of N rows, read once from their source (typically regenerated
 * from the stimulus seed) and kept, so that every later pass over them reads memory: a patch shard. Rows are
 * addressed by their index in the whole matrix; reading outside the shard is an error. Thread-safe for reading.
 */
public final class ShardPatches implements PatchSource {
    private final int rows;
    private final int dim;
    private final int first;
    private final int end;
    private final float[] held;

    private ShardPatches(int rows, int dim, int first, int end, float[] held) {
        this.rows = rows;
        this.dim = dim;
        this.first = first;
        this.end = end;
        this.held = held;
    }

    /** Reads rows {@code first .. end - 1} of {@code source} once, in one call. */
    public static ShardPatches of(PatchSource source, int first, int end) {
        if (first < 0 || end < first || end > source.rows()) {
            throw new IndexOutOfBoundsException("shard rows [" + first + ", " + end + ") outside [0, "
                    + source.rows() + ")");
        }
        float[] held = new float[Math.multiplyExact(end - first, source.dim())];
        source.read(first, end - first, held);
        return new ShardPatches(source.rows(), source.dim(), first, end, held);
    }

    /** Rows {@code first ..} of a matrix of {@code rows} rows, given as {@code held} (row-major, not copied). */
    public static ShardPatches of(int rows, int dim, int first, float[] held) {
        if (dim < 1 || held.length % dim != 0 || first < 0 || first + held.length / dim > rows) {
            throw new IllegalArgumentException(held.length + " values are not whole rows of " + dim + " from row "
                    + first + " inside " + rows + " rows");
        }
        return new ShardPatches(rows, dim, first, first + held.length / dim, held);
    }

    /** First row held. */
    public int first() {
        return first;
    }

    /** One past the last row held. */
    public int end() {
        return end;
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
        if (from < first || from + count > end) {
            throw new IndexOutOfBoundsException("rows [" + from + ", " + (from + count) + ") are not in the shard ["
                    + first + ", " + end + ")");
        }
        System.arraycopy(held, (from - first) * dim, out, 0, count * dim);
    }
}
