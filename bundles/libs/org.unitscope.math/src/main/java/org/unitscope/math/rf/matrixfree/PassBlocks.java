package org.unitscope.math.rf.matrixfree;

import java.util.List;

/**
 * The fixed grid of row blocks a blocked pass is summed over: block b is rows b * blockRows .. min(N, (b + 1) *
 * blockRows) - 1. Each block is summed in fresh zeros and the blocks' partials are added in block order
 * ({@link #fold}), so the result depends on the grid alone, not on which JVM or shard summed which block.
 *
 * @param rows      N
 * @param blockRows rows per block (>= 1)
 */
public record PassBlocks(int rows, int blockRows) {

    public PassBlocks {
        if (rows < 0 || blockRows < 1) {
            throw new IllegalArgumentException("need rows >= 0 and blockRows >= 1: " + rows + ", " + blockRows);
        }
    }

    /** B, the number of blocks (0 when there are no rows). */
    public int count() {
        return (int) ((rows + (long) blockRows - 1) / blockRows);
    }

    /** First row of block b. */
    public int from(int b) {
        return (int) Math.min(rows, (long) b * blockRows);
    }

    /** One past the last row of block b. */
    public int to(int b) {
        return (int) Math.min(rows, (long) (b + 1) * blockRows);
    }

    /** First block of part {@code part} of {@code parts}: floor(part B / parts) (the last part ends at B). */
    public int firstBlockOf(int part, int parts) {
        if (parts < 1 || part < 0 || part > parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts);
        }
        return (int) ((long) part * count() / parts);
    }

    /**
     * The total of partials given in block order: the first partial, then each further one added to it element by
     * element. The partials are consumed (the first becomes the total).
     */
    public static double[][] fold(List<double[][]> partials) {
        if (partials.isEmpty()) {
            throw new IllegalArgumentException("no block partials to fold");
        }
        double[][] total = partials.get(0);
        for (int b = 1; b < partials.size(); b++) {
            add(total, partials.get(b));
        }
        return total;
    }

    /** {@code total += partial}, section by section; the shapes must agree. */
    public static void add(double[][] total, double[][] partial) {
        if (partial.length != total.length) {
            throw new IllegalArgumentException("a block partial has " + partial.length + " sections, the total "
                    + total.length);
        }
        for (int s = 0; s < total.length; s++) {
            double[] t = total[s];
            double[] p = partial[s];
            if (p.length != t.length) {
                throw new IllegalArgumentException("section " + s + " of a block partial has " + p.length
                        + " values, the total " + t.length);
            }
            for (int i = 0; i < t.length; i++) {
                t[i] += p[i];
            }
        }
    }
}
