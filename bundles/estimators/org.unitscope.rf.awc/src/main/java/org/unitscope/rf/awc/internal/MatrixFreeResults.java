package org.unitscope.rf.awc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.unitscope.api.rf.PredictedUnit;
import org.unitscope.api.rf.RfResult;
import org.unitscope.math.rf.ReceptiveFieldModel;
import org.unitscope.math.rf.matrixfree.MatrixFreeAwc;
import org.unitscope.math.rf.matrixfree.UnitAwc;

/**
 * The rf.npz rows of the matrix-free path. Beside the arrays of the streaming path ("excitatory", "suppressive",
 * their eigenvalues, "axes", "null_interval"): "eigenvalues_highest" (units x k, descending) and
 * "eigenvalues_lowest" (units x k, ascending), always; "eigenvalues" (units x d, descending) only where the full
 * spectrum was computed (d below the Krylov crossover); "converged" (1 when every Krylov problem of the unit met its
 * tolerance) and "residual" (the largest relative residual used); with whitening, "awa_filter" (the whitened AWA as
 * a pixel-space filter, (C_0 + epsilon I)^-1 AWA). Axes are pixel-space filters (W e' when whitened).
 */
final class MatrixFreeResults {
    private MatrixFreeResults() {
    }

    static RfResult of(MatrixFreeAwc.Estimate estimate, int d, int maxAxes, int k, boolean whitened) {
        List<UnitAwc> units = estimate.units();
        int n = units.size();
        boolean full = units.stream().anyMatch(u -> u.spectrum() != null);
        Map<String, double[][]> arrays = new LinkedHashMap<>();
        for (String name : names(full, whitened)) {
            arrays.put(name, new double[n][]);
        }
        Map<Integer, PredictedUnit> predicted = new LinkedHashMap<>();
        for (int u = 0; u < n; u++) {
            UnitAwc a = units.get(u);
            Map<String, double[]> row = row(a, d, maxAxes, k, full, whitened);
            for (Map.Entry<String, double[][]> e : arrays.entrySet()) {
                e.getValue()[u] = row.get(e.getKey());
            }
            if (a.test().axisCount() > 0) {
                List<double[]> model = a.excitatoryFilters().isEmpty() ? a.suppressiveFilters() : a.excitatoryFilters();
                ToDoubleFunction<float[]> unit = ReceptiveFieldModel.energy(model).centredOn(estimate.mean());
                predicted.put(u, unit::applyAsDouble);
            }
        }
        Map<String, List<String>> panels = new LinkedHashMap<>();
        panels.put("excitatory", AxisArrays.titles("exc", maxAxes));
        panels.put("suppressive", AxisArrays.titles("sup", maxAxes));
        if (whitened) {
            panels.put("awa_filter", List.of("awa (whitened)"));
        }
        return new RfResult(arrays, panels, predicted);
    }

    private static List<String> names(boolean full, boolean whitened) {
        List<String> names = new java.util.ArrayList<>();
        if (full) {
            names.add("eigenvalues");
        }
        names.addAll(List.of("eigenvalues_highest", "eigenvalues_lowest", "excitatory", "suppressive",
                "excitatory_eigenvalues", "suppressive_eigenvalues", "axes", "null_interval", "converged", "residual"));
        if (whitened) {
            names.add("awa_filter");
        }
        return names;
    }

    /** One unit's values for the arrays of {@link #names} (a silent unit: NaN throughout). */
    private static Map<String, double[]> row(UnitAwc a, int d, int maxAxes, int k, boolean full, boolean whitened) {
        Map<String, double[]> r = new LinkedHashMap<>();
        boolean on = a.active();
        if (full) {
            r.put("eigenvalues", on && a.spectrum() != null ? descending(a.spectrum()) : AxisArrays.nan(d));
        }
        r.put("eigenvalues_highest", on ? AxisArrays.fit(a.highest(), k) : AxisArrays.nan(k));
        r.put("eigenvalues_lowest", on ? AxisArrays.fit(a.lowest(), k) : AxisArrays.nan(k));
        r.put("excitatory", AxisArrays.padded(a.excitatoryFilters(), maxAxes, d));
        r.put("suppressive", AxisArrays.padded(a.suppressiveFilters(), maxAxes, d));
        r.put("excitatory_eigenvalues", AxisArrays.values(a.test().excitatory(), maxAxes));
        r.put("suppressive_eigenvalues", AxisArrays.values(a.test().suppressive(), maxAxes));
        r.put("axes", on ? AxisArrays.counts(a.test()) : AxisArrays.nan(2));
        r.put("null_interval", AxisArrays.firstStep(a.test()));
        r.put("converged", new double[] {on ? (a.converged() ? 1 : 0) : Double.NaN});
        r.put("residual", new double[] {on ? a.residual() : Double.NaN});
        if (whitened) {
            r.put("awa_filter", on ? a.awaFilter().clone() : AxisArrays.nan(d));
        }
        return r;
    }

    private static double[] descending(double[] ascending) {
        double[] out = new double[ascending.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = ascending[ascending.length - 1 - j];
        }
        return out;
    }
}
