package org.unitscope.rf.awc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unitscope.math.rf.NestedShuffleTest;

/** Fixed-width rows of rf.npz from a unit's accepted axes (NaN where a unit has fewer). */
final class AxisArrays {
    private AxisArrays() {
    }

    /** The first k vectors side by side (k x d), NaN-padded. */
    static double[] padded(List<double[]> vectors, int k, int d) {
        double[] out = nan(k * d);
        for (int a = 0; a < Math.min(k, vectors.size()); a++) {
            System.arraycopy(vectors.get(a), 0, out, a * d, d);
        }
        return out;
    }

    static List<double[]> vectors(List<NestedShuffleTest.Axis> axes) {
        return axes.stream().map(NestedShuffleTest.Axis::vector).toList();
    }

    static double[] values(List<NestedShuffleTest.Axis> axes, int k) {
        double[] out = nan(k);
        for (int a = 0; a < Math.min(k, axes.size()); a++) {
            out[a] = axes.get(a).eigenvalue();
        }
        return out;
    }

    /** The first step's null interval (the widest: projecting accepted axes out only narrows the null); NaN if none. */
    static double[] firstStep(NestedShuffleTest.Result r) {
        List<NestedShuffleTest.Axis> all = new ArrayList<>(r.excitatory());
        all.addAll(r.suppressive());
        return all.stream().min((a, b) -> Double.compare(a.nullLower(), b.nullLower()))
                .map(a -> new double[] {a.nullLower(), a.nullUpper()}).orElse(nan(2));
    }

    static double[] counts(NestedShuffleTest.Result r) {
        return new double[] {r.excitatory().size(), r.suppressive().size()};
    }

    static List<String> titles(String prefix, int k) {
        List<String> out = new ArrayList<>();
        for (int a = 1; a <= k; a++) {
            out.add(prefix + " " + a);
        }
        return out;
    }

    /** Values padded with NaN (or cut) to length n. */
    static double[] fit(double[] values, int n) {
        double[] out = nan(n);
        System.arraycopy(values, 0, out, 0, Math.min(n, values.length));
        return out;
    }

    static double[] nan(int d) {
        double[] x = new double[d];
        Arrays.fill(x, Double.NaN);
        return x;
    }
}
