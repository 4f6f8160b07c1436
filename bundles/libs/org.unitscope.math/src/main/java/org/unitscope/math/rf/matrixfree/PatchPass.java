package org.unitscope.math.rf.matrixfree;

/**
 * One pass over the patch matrix, described by plain data so that it can be run where the patches are (this JVM, or
 * the holders of patch shards elsewhere): what is summed over the rows, never the rows themselves. Its result is a
 * list of sections of doubles ({@link #sections}), summed over the rows; partial results over row blocks add up
 * section by section, element by element ({@link PassBlocks#add}).
 *
 * @param kind    what is summed
 * @param centre  subtracted from every row first (the ensemble mean); null for {@link Kind#SUM}
 * @param pseudo  the pseudo-units of {@link ShuffledColumns} whose weights the pass uses (empty when none)
 * @param vectors V, d x count row-major, for {@link Kind#GRAM}; else empty
 * @param count   c, the number of vectors of a {@link Kind#GRAM} pass
 * @param column  for every vector, its index into {@code pseudo}; for {@link Kind#GRAM}, else empty
 */
public record PatchPass(Kind kind, double[] centre, int[] pseudo, double[] vectors, int count, int[] column) {

    /** The sums a pass forms. */
    public enum Kind {
        /** sum_i x_i of the raw rows: one section of d. */
        SUM,
        /** sum_i x_i and sum_i x_i x_i^T of the centred rows (upper triangle): sections d and d x d. */
        COVARIANCE,
        /** sum_i a_k(i) x_i for every pseudo-unit k: one section of p x d. */
        FIRST_MOMENTS,
        /** the first moments, then sum_i a_k(i) x_i x_i^T (upper triangle) per pseudo-unit: 1 + p sections. */
        SECOND_MOMENTS,
        /**
         * X^T diag(a_k / S_k - 1 / N) X V[:, j] for every vector j with k = column[j] (the AWC operators' weighted
         * product): one section of d x c.
         */
        GRAM
    }

    public PatchPass {
        if (kind == null || pseudo == null || vectors == null || column == null || count < 0) {
            throw new IllegalArgumentException("a patch pass needs a kind, pseudo-units, vectors and columns");
        }
        if (kind != Kind.SUM && centre == null) {
            throw new IllegalArgumentException(kind + " pass needs a centre");
        }
        if (column.length != (kind == Kind.GRAM ? count : 0)) {
            throw new IllegalArgumentException(kind + " pass: " + column.length + " columns for " + count + " vectors");
        }
        for (int k : column) {
            if (k < 0 || k >= pseudo.length) {
                throw new IllegalArgumentException("column " + k + " outside the " + pseudo.length + " pseudo-units");
            }
        }
    }

    public static PatchPass sum() {
        return new PatchPass(Kind.SUM, null, new int[0], new double[0], 0, new int[0]);
    }

    public static PatchPass covariance(double[] mean) {
        return new PatchPass(Kind.COVARIANCE, mean, new int[0], new double[0], 0, new int[0]);
    }

    public static PatchPass firstMoments(double[] mean, int[] pseudo) {
        return new PatchPass(Kind.FIRST_MOMENTS, mean, pseudo, new double[0], 0, new int[0]);
    }

    public static PatchPass secondMoments(double[] mean, int[] pseudo) {
        return new PatchPass(Kind.SECOND_MOMENTS, mean, pseudo, new double[0], 0, new int[0]);
    }

    public static PatchPass gram(double[] mean, int[] pseudo, double[] vectors, int count, int[] column) {
        return new PatchPass(Kind.GRAM, mean, pseudo, vectors, count, column);
    }

    /** The lengths of the result's sections at dimension d. */
    public int[] sections(int d) {
        int p = pseudo.length;
        return switch (kind) {
            case SUM -> new int[] {d};
            case COVARIANCE -> new int[] {d, d * d};
            case FIRST_MOMENTS -> new int[] {p * d};
            case SECOND_MOMENTS -> {
                int[] s = new int[1 + p];
                java.util.Arrays.fill(s, d * d);
                s[0] = p * d;
                yield s;
            }
            case GRAM -> new int[] {d * count};
        };
    }
}
