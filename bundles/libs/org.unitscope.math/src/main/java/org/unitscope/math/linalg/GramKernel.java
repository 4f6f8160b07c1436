package org.unitscope.math.linalg;

/**
 * The matrix work of a matrix-free weighted covariance. A pass fixes vectors V (d x c, one column per vector) and then
 * takes the data in chunks: for a chunk X of m rows (m x d) and weights W (m x p, one column per weighted operator,
 * each vector tied to one weight column) it adds to every column j of the result the product
 * X^T diag(W[:, column[j]]) X V[:, j]. Two matrix products per chunk (Y = X V, then X^T (Y scaled row-wise by the
 * weights)), so many operators and many vectors are served by one pass over the rows.
 *
 * <p>Implementations: {@link JavaGramKernel} (plain Java, blocked, the reference) and, outside this package, one on
 * PyTorch's BLAS through DJL ({@code org.unitscope.djl.TorchGramKernel}). All must agree to rounding. The Java one is
 * also independent, bit for bit, of how the rows are split into chunks and of which other columns share the pass
 * (each output element is summed over the rows in row order).
 */
public interface GramKernel {

    /**
     * Rows per chunk this kernel works best with at dimension d (>= 1). It must depend on d alone: the chunking decides
     * the rounding of kernels that form a partial per chunk, and the results must not depend on anything else.
     */
    default int chunkRows(int d) {
        return 512;
    }

    /**
     * Rows per chunk for a pass with c vectors. A pass asks whether to stop before each chunk, so a chunk's work
     * (4 m d c flop) bounds how long a stop request waits. Only a kernel whose results do not depend on the chunking
     * may make this depend on c; the default is {@link #chunkRows(int)}.
     */
    default int chunkRows(int d, int c) {
        return chunkRows(d);
    }

    /**
     * Starts a pass over the data with the vectors {@code v} (d x c row-major; not modified, and not to be modified
     * by the caller until the pass is closed).
     */
    Pass begin(int d, double[] v, int c);

    /** One pass: chunks in, sums out. Not thread-safe. */
    interface Pass extends AutoCloseable {

        /**
         * Adds X^T diag(W[:, column[j]]) X V[:, j] to column j of the sums, for every j.
         *
         * @param x      the chunk, m x d row-major, finite
         * @param m      rows in the chunk (>= 0)
         * @param w      weights, m x p row-major (any sign)
         * @param p      number of weight columns (>= 1)
         * @param column for every vector j, its weight column in 0..p-1
         */
        void add(double[] x, int m, double[] w, int p, int[] column);

        /** The sums, d x c row-major. */
        double[] sums();

        /** Releases what the pass holds (native memory for some kernels). */
        @Override
        void close();
    }

    /** Checks the shapes of {@link #begin}; for implementations. */
    static void checkVectors(int d, double[] v, int c) {
        if (d < 1 || c < 0 || v == null || v.length < (long) d * c) {
            throw new IllegalArgumentException("need d >= 1, c >= 0 and " + d + " x " + c + " vectors");
        }
    }

    /** Checks the shapes of {@link Pass#add}; for implementations. */
    static void checkChunk(double[] x, int m, int d, double[] w, int p, int[] column, int c) {
        if (m < 0 || p < 1) {
            throw new IllegalArgumentException("need m >= 0 and p >= 1: " + m + ", " + p);
        }
        if (x == null || x.length < (long) m * d) {
            throw new IllegalArgumentException("need " + m + " x " + d + " rows");
        }
        if (w == null || w.length < (long) m * p) {
            throw new IllegalArgumentException("need " + m + " x " + p + " weights");
        }
        if (column == null || column.length < c) {
            throw new IllegalArgumentException("need a weight column for each of the " + c + " vectors");
        }
        for (int j = 0; j < c; j++) {
            if (column[j] < 0 || column[j] >= p) {
                throw new IllegalArgumentException("weight column " + column[j] + " of vector " + j
                        + " outside [0, " + p + ")");
            }
        }
    }
}
