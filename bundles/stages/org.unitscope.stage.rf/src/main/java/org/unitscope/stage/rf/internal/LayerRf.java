package org.unitscope.stage.rf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.rf.PredictedUnit;
import org.unitscope.api.rf.RfResult;

/** One estimator's results for every unit of one layer, put together from the chunks of the passes. */
final class LayerRf {
    final String layer;
    final String estimator;
    final PatchGeometry geometry;
    final int units;
    final Map<String, double[][]> arrays = new LinkedHashMap<>();
    final Map<String, List<String>> panels = new LinkedHashMap<>();
    final Map<Integer, PredictedUnit> predicted = new LinkedHashMap<>();
    private int filled;

    LayerRf(String layer, String estimator, PatchGeometry geometry, int units) {
        this.layer = layer;
        this.estimator = estimator;
        this.geometry = geometry;
        this.units = units;
    }

    /** Adds the result of units {@code from .. from + n - 1}. */
    void put(int from, int n, RfResult result) {
        for (Map.Entry<String, double[][]> e : result.arrays().entrySet()) {
            double[][] rows = e.getValue();
            if (rows.length != n) {
                throw new IllegalStateException("estimator '" + estimator + "' returned " + rows.length + " rows of '" + e.getKey()
                        + "' for " + n + " units");
            }
            System.arraycopy(rows, 0, arrays.computeIfAbsent(e.getKey(), k -> new double[units][]), from, n);
        }
        panels.putAll(result.panels());
        result.predicted().forEach((u, p) -> predicted.put(from + u, p));
        filled += n;
    }

    /** Whether every unit has its result (chunks are disjoint): what a stopped run may keep. */
    boolean complete() {
        return filled == units;
    }

    /** Panels of unit u for a montage: one d-long image per panel title, in the order of the panel arrays. */
    List<double[]> images(int u) {
        int d = geometry.dimension();
        List<double[]> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : panels.entrySet()) {
            double[] row = arrays.get(p.getKey())[u];
            for (int k = 0; k < p.getValue().size(); k++) {
                out.add(java.util.Arrays.copyOfRange(row, k * d, (k + 1) * d));
            }
        }
        return out;
    }

    List<String> panelTitles() {
        List<String> out = new ArrayList<>();
        panels.values().forEach(out::addAll);
        return out;
    }
}
