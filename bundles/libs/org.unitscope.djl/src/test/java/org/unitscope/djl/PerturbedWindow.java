package org.unitscope.djl;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.RfWindow;

/**
 * Measures where a probe's read-out unit of a layer looks, by perturbing its input, for the backends' tests (shared
 * through this module's test jar). On each of {@value #TRIALS} seeded random backgrounds, one whole input row (then
 * column) at a time is pushed by &plusmn;{@value #AMPLITUDE} (the sign alternating between trials and channels, so that
 * a ReLU or max-pool closed one way is opened the other); a row belongs to the field when any channel of the unit
 * changes at all. The result is the rows and columns of the field inside the input, to compare with a window clipped
 * to the input ({@link #clip}).
 */
public final class PerturbedWindow {
    static final int TRIALS = 2;
    static final float AMPLITUDE = 100f;
    private static final int BATCH = 16;

    /** Rows {@code rowFrom..rowTo} and columns {@code colFrom..colTo} (inclusive) of the input. */
    public record Extent(int rowFrom, int rowTo, int colFrom, int colTo) {
    }

    private PerturbedWindow() {
    }

    /** The part of {@code window} inside an input of side {@code side}. */
    public static Extent clip(RfWindow window, int side) {
        return new Extent(Math.max(0, window.row()), Math.min(side - 1, window.row() + window.size() - 1), Math.max(0, window.col()),
                Math.min(side - 1, window.col() + window.size() - 1));
    }

    /** The rows and columns whose perturbation changes the read-out unit of {@code layer}. */
    public static Extent measure(Probe probe, String layer, long seed) {
        int side = probe.inputSize();
        boolean[] rows = new boolean[side];
        boolean[] cols = new boolean[side];
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < TRIALS; t++) {
            float[] base = new float[probe.inputChannels() * side * side];
            for (int i = 0; i < base.length; i++) {
                base[i] = (float) random.nextDouble();
            }
            float sign = t % 2 == 0 ? 1f : -1f;
            // the reference is a whole batch of the background: the engine may round differently for other batch sizes
            float[] reference = probe.forward(batch(base, side, 0, 0, 0f, true), BATCH).get(layer);
            hits(probe, layer, base, reference, sign, true, rows);
            hits(probe, layer, base, reference, sign, false, cols);
        }
        int[] r = span(rows);
        int[] c = span(cols);
        return new Extent(r[0], r[1], c[0], c[1]);
    }

    /** Marks every line (rows or columns) whose push changes the unit, {@value #BATCH} lines a batch. */
    private static void hits(Probe probe, String layer, float[] base, float[] reference, float sign, boolean byRow, boolean[] hit) {
        int side = probe.inputSize();
        int units = reference.length / BATCH;
        for (int from = 0; from < side; from += BATCH) {
            int n = Math.min(BATCH, side - from);
            float[] out = probe.forward(batch(base, side, from, n, sign, byRow), BATCH).get(layer);
            for (int k = 0; k < n; k++) {
                if (!Arrays.equals(out, k * units, (k + 1) * units, reference, k * units, (k + 1) * units)) {
                    hit[from + k] = true;
                }
            }
        }
    }

    /** {@value #BATCH} images: the background with lines {@code from .. from + n - 1} pushed, then the background alone. */
    private static float[] batch(float[] base, int side, int from, int n, float sign, boolean byRow) {
        int per = base.length;
        int channels = per / (side * side);
        float[] batch = new float[BATCH * per];
        for (int k = 0; k < BATCH; k++) {
            float[] x = k < n ? push(base, channels, side, from + k, sign, byRow) : base;
            System.arraycopy(x, 0, batch, k * per, per);
        }
        return batch;
    }

    private static float[] push(float[] base, int channels, int side, int line, float sign, boolean byRow) {
        float[] x = base.clone();
        for (int ch = 0; ch < channels; ch++) {
            float a = (ch % 2 == 0 ? sign : -sign) * AMPLITUDE;
            for (int i = 0; i < side; i++) {
                int r = byRow ? line : i;
                int c = byRow ? i : line;
                x[(ch * side + r) * side + c] += a;
            }
        }
        return x;
    }

    /** First and last marked index; {-1, -1} when none. */
    private static int[] span(boolean[] hit) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return new int[] {first, last};
    }
}
