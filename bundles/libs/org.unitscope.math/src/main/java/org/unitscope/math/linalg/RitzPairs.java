package org.unitscope.math.linalg;

/**
 * Extreme eigenpairs of a symmetric operator found by {@link BlockLanczos}.
 *
 * @param lowest          the smallest Ritz values, ascending
 * @param lowestVectors   their unit Ritz vectors (null when vectors were not asked for)
 * @param highest         the largest Ritz values, descending
 * @param highestVectors  their unit Ritz vectors (null when vectors were not asked for)
 * @param residual        the largest residual norm |M y - theta y| of the pairs returned, relative to the largest
 *                        |theta| (0 when the Krylov space spans the whole space: then the values are exact up to
 *                        rounding)
 * @param converged       whether every returned pair met the tolerance
 * @param iterations      operator applications (blocks) used
 * @param basisSize       dimension of the Krylov space built
 */
public record RitzPairs(double[] lowest, double[][] lowestVectors, double[] highest, double[][] highestVectors,
        double residual, boolean converged, int iterations, int basisSize) {
}
