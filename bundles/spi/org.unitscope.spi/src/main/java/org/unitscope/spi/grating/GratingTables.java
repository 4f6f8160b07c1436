package org.unitscope.spi.grating;

import java.util.ArrayList;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.math.tuning.GratingDesign;
import org.unitscope.math.tuning.GratingResponses;

/**
 * Per-unit grating tables of a layer: the design is grouped once and reused for every unit; the blank screen's
 * response is kept per unit and, with {@code baseline: "blank"}, subtracted from every grating response.
 */
@ProviderType
public final class GratingTables {
    /** Label of the blank (uniform mean-luminance) stimulus: 1 for the blank, 0 for gratings. */
    public static final String BLANK = GratingParameters.BLANK;
    /** The labels every grating metric reads. */
    public static final List<String> GRATING_LABELS = List.of("orientation", "sf", "phase");
    /** A unit whose |response - baseline| never exceeds this is unresponsive. */
    public static final ParameterSpec UNRESPONSIVE_BELOW = ParameterSpec.real("unresponsiveBelow",
            GratingParameters.UNRESPONSIVE_BELOW, GratingParameters.UNRESPONSIVE_DOC).atLeast(0);
    /** What responses are measured from: "none" or "blank". */
    public static final ParameterSpec BASELINE = ParameterSpec.text("baseline", GratingParameters.NONE,
            GratingParameters.BASELINE_DOC).oneOf(GratingParameters.NONE, BLANK);

    private final GratingDesign design;
    private final GratingUnit[] units;
    private final double[] blankResponse;
    private final boolean[] unresponsive;
    private final boolean subtracted;

    private GratingTables(ResponseTable table, boolean subtractBlank, double unresponsiveBelow) {
        boolean hasBlank = table.labels().has(BLANK);
        this.design = GratingDesign.of(table.labels().column("orientation"), table.labels().column("sf"),
                table.labels().column("phase"), hasBlank ? table.labels().column(BLANK) : null);
        this.subtracted = subtractBlank;
        this.units = new GratingUnit[table.units()];
        this.blankResponse = new double[table.units()];
        this.unresponsive = new boolean[table.units()];
        for (int u = 0; u < units.length; u++) {
            GratingResponses measured = design.tabulate(table.unit(u));
            blankResponse[u] = measured.blankResponse();
            GratingResponses r = subtractBlank ? measured.minus(blankResponse[u]) : measured;
            units[u] = new GratingUnit(r);
            unresponsive[u] = r.unresponsive(unresponsiveBelow);
        }
    }

    /** The tables of a layer with the baseline and threshold named by {@link #BASELINE} and {@link #UNRESPONSIVE_BELOW}. */
    public static GratingTables of(ResponseTable table, Parameters p) {
        GratingParameters shared = p.as(GratingParameters.class);
        return of(table, BLANK.equals(shared.baseline()), shared.unresponsiveBelow());
    }

    /**
     * The tables of a layer.
     *
     * @param subtractBlank whether every response is taken relative to the unit's response to the blank
     * @param unresponsiveBelow a unit whose |response| never exceeds this (after the baseline) is unresponsive
     */
    public static GratingTables of(ResponseTable table, boolean subtractBlank, double unresponsiveBelow) {
        return new GratingTables(table, subtractBlank, unresponsiveBelow);
    }

    /** The grating labels, and the blank's when it is the baseline. */
    public static List<String> requiredLabels(Parameters p) {
        List<String> labels = new ArrayList<>(GRATING_LABELS);
        if (BLANK.equals(p.as(GratingParameters.class).baseline())) {
            labels.add(BLANK);
        }
        return labels;
    }

    /** The design's distinct orientations in degrees, ascending. */
    public double[] orientations() {
        return design.orientations();
    }

    /** The design's distinct spatial frequencies in cycles per pixel, ascending. */
    public double[] sfs() {
        return design.sfs();
    }

    /** The design's distinct phases in degrees, ascending. */
    public double[] phases() {
        return design.phases();
    }

    public int units() {
        return units.length;
    }

    /** Unit {@code u}'s table (after the baseline). */
    public GratingUnit unit(int u) {
        return units[u];
    }

    /** Unit {@code u}'s mean response to the blank as measured; NaN when the stimuli had no blank. */
    public double blankResponse(int u) {
        return blankResponse[u];
    }

    /** Whether unit {@code u} never responded beyond the threshold: it gets no tuning. */
    public boolean unresponsive(int u) {
        return unresponsive[u];
    }

    /** Whether the blank's response was subtracted from every grating response. */
    public boolean subtracted() {
        return subtracted;
    }

    public int unresponsiveCount() {
        int n = 0;
        for (boolean b : unresponsive) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
