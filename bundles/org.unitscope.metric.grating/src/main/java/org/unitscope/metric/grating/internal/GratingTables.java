package org.unitscope.metric.grating.internal;

import java.util.Arrays;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.math.tuning.GratingDesign;
import org.unitscope.math.tuning.GratingResponses;

/** Per-unit grating tables of a layer: the design is grouped once and reused for every unit. */
final class GratingTables {
    final GratingDesign design;
    final GratingResponses[] units;
    final boolean[] unresponsive;

    GratingTables(ResponseTable table, double epsilon) {
        this.design = GratingDesign.of(table.labels().column("orientation"), table.labels().column("sf"),
                table.labels().column("phase"));
        this.units = new GratingResponses[table.units()];
        this.unresponsive = new boolean[table.units()];
        for (int u = 0; u < units.length; u++) {
            units[u] = design.tabulate(table.unit(u));
            unresponsive[u] = units[u].unresponsive(epsilon);
        }
    }

    int unresponsiveCount() {
        int n = 0;
        for (boolean b : unresponsive) {
            n += b ? 1 : 0;
        }
        return n;
    }

    static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Median of the finite values, NaN if none. */
    static double median(double[] values) {
        double[] f = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return Double.NaN;
        }
        return f.length % 2 == 1 ? f[f.length / 2] : 0.5 * (f[f.length / 2 - 1] + f[f.length / 2]);
    }
}
