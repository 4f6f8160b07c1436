package org.unitscope.metric.grating.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.math.tuning.GratingDesign;
import org.unitscope.math.tuning.GratingResponses;

/**
 * Per-unit grating tables of a layer: the design is grouped once and reused for every unit; the blank screen's
 * response is kept per unit and, with {@code baseline: "blank"}, subtracted from every grating response.
 */
final class GratingTables {
    static final String BLANK = GratingParameters.BLANK;
    static final List<String> GRATING_LABELS = List.of("orientation", "sf", "phase");

    final GratingDesign design;
    final GratingResponses[] units;
    final double[] blankResponse;
    final boolean[] unresponsive;
    /** Whether the blank's response was subtracted from every grating response. */
    final boolean subtracted;

    GratingTables(ResponseTable table, Parameters p) {
        boolean hasBlank = table.labels().has(BLANK);
        this.design = GratingDesign.of(table.labels().column("orientation"), table.labels().column("sf"),
                table.labels().column("phase"), hasBlank ? table.labels().column(BLANK) : null);
        GratingParameters shared = p.as(GratingParameters.class);
        boolean subtract = BLANK.equals(shared.baseline());
        this.subtracted = subtract;
        double epsilon = shared.unresponsiveBelow();
        this.units = new GratingResponses[table.units()];
        this.blankResponse = new double[table.units()];
        this.unresponsive = new boolean[table.units()];
        for (int u = 0; u < units.length; u++) {
            GratingResponses measured = design.tabulate(table.unit(u));
            blankResponse[u] = measured.blankResponse();
            units[u] = subtract ? measured.minus(blankResponse[u]) : measured;
            unresponsive[u] = units[u].unresponsive(epsilon);
        }
    }

    /** The grating labels, and the blank's when it is the baseline. */
    static List<String> requiredLabels(Parameters p) {
        List<String> labels = new ArrayList<>(GRATING_LABELS);
        if (BLANK.equals(p.as(GratingParameters.class).baseline())) {
            labels.add(BLANK);
        }
        return labels;
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

    /** "median bandwidth 12.3 deg (41 of 64)", or "median bandwidth - (0 of 64)" when no value is defined. */
    static String median(String what, double[] values, String format) {
        long defined = Arrays.stream(values).filter(Double::isFinite).count();
        String value = defined == 0 ? "-" : String.format(Locale.ROOT, format, median(values));
        return "median " + what + " " + value + " (" + defined + " of " + values.length + ")";
    }
}
