package org.unitscope.math.rf.matrixfree;

import java.util.List;
import org.unitscope.math.rf.NestedShuffleTest;

/**
 * One unit's matrix-free AWA and AWC. Eigenvalues and axes are in the working coordinates: the stimuli themselves,
 * or the whitened stimuli when whitening is on; {@code filters} are the accepted axes as pixel-space filters (the
 * axes themselves without whitening, W e' with it, unit norm).
 *
 * @param unit                index of the unit among the columns given
 * @param active              false for a unit never active (sum a = 0): it has no AWA, AWC or axes
 * @param awa                 the AWA, sum a (s - m) / sum a (zeros for a silent unit)
 * @param awaFilter           the AWA as a pixel-space linear filter: the AWA itself, or W^2 AWA with whitening
 * @param lowest              the k smallest AWC eigenvalues, ascending
 * @param highest             the k largest, descending
 * @param lowestAxes          their unit eigenvectors
 * @param highestAxes         their unit eigenvectors
 * @param spectrum            every eigenvalue (ascending) when the dense path ran, else null
 * @param test                the nested shuffle test's accepted axes
 * @param excitatoryFilters   the accepted excitatory axes as pixel-space filters
 * @param suppressiveFilters  the accepted suppressive axes as pixel-space filters
 * @param dense               whether the dense d x d path ran
 * @param residual            the largest relative residual of any Ritz pair the test used (0 on the dense path)
 * @param converged           whether every Krylov problem of the unit met its tolerance
 */
public record UnitAwc(int unit, boolean active, double[] awa, double[] awaFilter, double[] lowest, double[] highest,
        double[][] lowestAxes, double[][] highestAxes, double[] spectrum, NestedShuffleTest.Result test,
        List<double[]> excitatoryFilters, List<double[]> suppressiveFilters, boolean dense, double residual,
        boolean converged) {

    static UnitAwc silent(int unit, int d) {
        NestedShuffleTest.Result none = new NestedShuffleTest.Result(List.of(), List.of());
        return new UnitAwc(unit, false, new double[d], new double[d], new double[0], new double[0], new double[0][],
                new double[0][], null, none, List.of(), List.of(), false, 0, true);
    }
}
