package org.unitscope.math.rf.matrixfree;

/**
 * The patch matrix X (N x d, float32) of a reverse-correlation run, read by row ranges, so that it can be held in
 * memory ({@link #of}), regenerated block by block from the stimulus seed ({@link BlockPatches}) or memory-mapped
 * ({@link MappedPatches}). Reading the same range twice must give the same values.
 */
public interface PatchSource {

    /** N, the number of stimuli. */
    int rows();

    /** d, the patch dimension. */
    int dim();

    /** Copies rows {@code from .. from + count - 1} into {@code out} (count x d row-major, from index 0). */
    void read(int from, int count, float[] out);

    /** Patches held in memory: {@code patches} is rows x dim row-major (not copied). */
    static PatchSource of(float[] patches, int rows, int dim) {
        return new ArrayPatches(patches, rows, dim);
    }

    /** Checks a {@link #read} call against the source's shape; for implementations. */
    static void checkRange(PatchSource source, int from, int count, float[] out) {
        if (from < 0 || count < 0 || from > source.rows() - count) {
            throw new IndexOutOfBoundsException("rows [" + from + ", " + ((long) from + count) + ") outside [0, "
                    + source.rows() + ")");
        }
        if (out == null || out.length < (long) count * source.dim()) {
            throw new IllegalArgumentException("need room for " + count + " x " + source.dim() + " values");
        }
    }
}
