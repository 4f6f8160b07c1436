package org.unitscope.math.linalg;

/**
 * Several symmetric operators of one dimension that are applied together, typically in one pass over shared data:
 * request i asks for operator {@code target[i]} applied to the vectors {@code blocks[i]}.
 */
public interface OperatorBatch {

    /** The dimension d of every operator. */
    int dim();

    /** The number of operators (targets are in 0..size-1). */
    int size();

    /**
     * Returns, for every request i, M_{target[i]} applied to each vector of {@code blocks[i]} (vectors of length d;
     * the result has the same shape).
     */
    double[][][] apply(int[] target, double[][][] blocks);
}
