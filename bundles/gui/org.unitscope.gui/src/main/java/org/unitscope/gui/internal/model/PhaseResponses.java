package org.unitscope.gui.internal.model;

import java.util.Map;
import org.unitscope.math.io.NpzReader;
import org.unitscope.math.tuning.GratingDesign;
import org.unitscope.math.tuning.GratingResponses;

/**
 * A unit's responses over grating phase at its best grating (the orientation and SF of the largest phase-averaged
 * response, as the phase-modulation metric picks it), from {@code responses.npz} and its grating labels, with the
 * blank response subtracted when the run's {@code baseline} is {@code blank}. {@link #missing} says why there is no
 * curve (not a grating run, no responses stored).
 */
public record PhaseResponses(double[] phasesDeg, double[] responses, double orientationDeg, double sf, String missing) {

    public static PhaseResponses of(RunResults run, String layer, int index) {
        Map<String, NpzReader.Array> r = run.responses();
        NpzReader.Array values = r.get(layer);
        NpzReader.Array phase = r.get("label.phase");
        if (values == null) {
            return missing("no responses.npz for this layer in this run (or larger than " + (RunResults.MAX_RESPONSES_BYTES >> 20) + " MB, not read)");
        }
        if (phase == null || r.get("label.orientation") == null || r.get("label.sf") == null) {
            return missing("not a grating run (no phase labels)");
        }
        NpzReader.Array blank = r.get("label.blank");
        GratingDesign design = GratingDesign.of(r.get("label.orientation").data(), r.get("label.sf").data(), phase.data(),
                blank == null ? null : blank.data());
        GratingResponses g = design.tabulate(column(values, index));
        if ("blank".equals(run.info().metricParameter("phase-modulation", "baseline"))) {
            g = g.minus(g.blankResponse());
        }
        return new PhaseResponses(g.phases(), g.phaseCurve(), g.orientations()[g.bestOrientationIndex()], g.sfs()[g.bestSfIndex()], "");
    }

    private static PhaseResponses missing(String why) {
        return new PhaseResponses(new double[0], new double[0], Double.NaN, Double.NaN, why);
    }

    /** Column {@code unit} of a stimuli x units array. */
    static double[] column(NpzReader.Array a, int unit) {
        int stimuli = a.shape()[0];
        int units = a.shape()[1];
        double[] out = new double[stimuli];
        for (int s = 0; s < stimuli; s++) {
            out[s] = a.data()[s * units + unit];
        }
        return out;
    }
}
