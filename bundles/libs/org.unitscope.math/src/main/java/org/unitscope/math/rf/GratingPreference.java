package org.unitscope.math.rf;

import java.util.function.ToDoubleFunction;
import org.unitscope.math.grating.GratingGrid;
import org.unitscope.math.tuning.GratingDesign;
import org.unitscope.math.tuning.GratingResponses;
import org.unitscope.math.tuning.OrientationTuning;
import org.unitscope.math.tuning.SpatialFrequencyTuning;

/**
 * Preferred orientation and SF of any unit (measured or rebuilt from its RF) over a grating grid, through the
 * same tuning classes as the measured units, so that predicted and measured preferences are defined alike.
 * Gratings are full-contrast sinusoids with the mean removed (amplitude 1), matching zero-mean noise patches.
 *
 * @param orientationDeg preferred orientation in [0, 180), NaN for a unit silent to every grating or not
 *                       orientation-tuned (see {@link OrientationTuning#tuned()})
 * @param sf             preferred SF in cycles/pixel, NaN for a silent unit
 * @param silent         no response to any grating
 */
public record GratingPreference(double orientationDeg, double sf, boolean silent) {

    /** Responsive but not orientation-tuned: its orientation is undefined, its SF is not. */
    public boolean untuned() {
        return !silent && Double.isNaN(orientationDeg);
    }

    /** Shows {@code unit} every grating of {@code grid} as a {@code size x size} patch. */
    public static GratingPreference of(ToDoubleFunction<float[]> unit, GratingGrid grid, int size,
            double smoothingOctaves) {
        int n = grid.size();
        double[] ori = new double[n];
        double[] sf = new double[n];
        double[] phase = new double[n];
        double[] responses = new double[n];
        float[] patch = new float[size * size];
        for (int i = 0; i < n; i++) {
            grid.grating(i, 1.0, 1.0).render(size, null, patch, 0);
            for (int j = 0; j < patch.length; j++) {
                patch[j] -= 1.0f;
            }
            responses[i] = unit.applyAsDouble(patch);
            ori[i] = grid.orientation(i);
            sf[i] = grid.sf(i);
            phase[i] = grid.phase(i);
        }
        return of(ori, sf, phase, null, responses, smoothingOctaves);
    }

    /**
     * Preferences from responses already measured (or predicted) to gratings labelled by orientation (degrees), SF
     * (cycles/pixel) and phase ({@code blank}: the blank-stimulus label column, null if none): orientation from the
     * phase-averaged curve at the best SF, SF from the smoothed curve.
     */
    public static GratingPreference of(double[] orientation, double[] sf, double[] phase, double[] blank,
            double[] responses, double smoothingOctaves) {
        GratingResponses table = GratingDesign.of(orientation, sf, phase, blank).tabulate(responses);
        if (table.unresponsive(0.0)) {
            return new GratingPreference(Double.NaN, Double.NaN, true);
        }
        double preferredOri = OrientationTuning.of(table.orientations(), table.orientationCurve()).preferredDeg();
        double preferredSf = SpatialFrequencyTuning.of(table.sfs(), table.sfCurve(), smoothingOctaves).preferredSf();
        return new GratingPreference(preferredOri, preferredSf, false);
    }
}
