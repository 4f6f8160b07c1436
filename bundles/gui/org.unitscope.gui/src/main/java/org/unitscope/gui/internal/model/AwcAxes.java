package org.unitscope.gui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unitscope.math.io.NpzReader;

/**
 * A unit's accepted AWC axes from {@code rf.npz}: the excitatory then the suppressive eigenvectors
 * ({@code LAYER.awc.excitatory} / {@code .suppressive}, units x maxAxes x rows x cols, channels averaged when kept;
 * NaN rows = not accepted, as many as {@code .axes} counts), each with its eigenvalue
 * ({@code .excitatory_eigenvalues} / {@code .suppressive_eigenvalues}). {@link #missing} says why there are none.
 */
public record AwcAxes(List<Axis> axes, int rows, int cols, String missing) {

    /** One accepted axis: "E1" / "S1", its eigenvalue and its map (rows x cols, row by row). */
    public record Axis(String name, double eigenvalue, double[] map) {
        public String label() {
            return String.format(Locale.ROOT, "%s  λ = %.3g", name, eigenvalue);
        }
    }

    public static AwcAxes of(Map<String, NpzReader.Array> rf, String layer, int index) {
        NpzReader.Array exc = rf.get(layer + ".awc.excitatory");
        NpzReader.Array sup = rf.get(layer + ".awc.suppressive");
        if (exc == null || sup == null || index >= exc.shape()[0]) {
            return new AwcAxes(List.of(), 0, 0, "no AWC axes in this run");
        }
        int[] s = exc.shape();
        int rows = s[s.length - 2];
        int cols = s[s.length - 1];
        List<Axis> axes = new ArrayList<>();
        add(axes, "E", exc, rf.get(layer + ".awc.excitatory_eigenvalues"), index, rows * cols);
        add(axes, "S", sup, rf.get(layer + ".awc.suppressive_eigenvalues"), index, rows * cols);
        return new AwcAxes(axes, rows, cols, axes.isEmpty() ? "no significant AWC axis for this unit" : "");
    }

    private static void add(List<Axis> out, String prefix, NpzReader.Array maps, NpzReader.Array values, int unit, int pixels) {
        int max = maps.shape()[1];
        int channels = maps.data().length / (maps.shape()[0] * max * pixels);
        for (int a = 0; a < max; a++) {
            double[] map = new double[pixels];
            int base = (unit * max + a) * channels * pixels;
            for (int ch = 0; ch < channels; ch++) {
                for (int k = 0; k < pixels; k++) {
                    map[k] += maps.data()[base + ch * pixels + k] / channels;
                }
            }
            if (Double.isNaN(map[0])) {
                continue; // not accepted
            }
            double value = values == null ? Double.NaN : values.data()[unit * values.shape()[1] + a];
            out.add(new Axis(prefix + (a + 1), value, map));
        }
    }
}
