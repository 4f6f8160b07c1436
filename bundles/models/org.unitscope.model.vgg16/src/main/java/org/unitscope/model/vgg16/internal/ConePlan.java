package org.unitscope.model.vgg16.internal;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.unitscope.api.model.LayerOp;

/**
 * The cone of a probe: for every map from the input to the deepest read-out, the window (rows x columns) that holds
 * that map's read-out unit and everything a deeper read-out unit depends on, nothing else; and, for every
 * operation, the {@link AxisCut}s that compute the next window from the held one exactly as on the full map.
 * Stage {@code s} is the map after the first {@code s} operations (stage 0 the input, held whole).
 * Geometry only: no engine.
 */
final class ConePlan {
    private final List<LayerOp> ops;
    private final int[] sizes;
    private final Span[] rows;
    private final Span[] cols;

    private ConePlan(List<LayerOp> ops, int[] sizes, Span[] rows, Span[] cols) {
        this.ops = List.copyOf(ops);
        this.sizes = sizes;
        this.rows = rows;
        this.cols = cols;
    }

    /** The cone of {@code readouts}: stage -> {row, col} of the read-out unit in that stage's map. */
    static ConePlan of(List<LayerOp> ops, int inputSize, Map<Integer, int[]> readouts) {
        int last = readouts.keySet().stream().mapToInt(Integer::intValue).max()
                .orElseThrow(() -> new IllegalArgumentException("a cone needs at least one read-out"));
        int[] sizes = sizes(ops, inputSize, last);
        return new ConePlan(ops, sizes, axis(ops, sizes, readouts, u -> u[0]), axis(ops, sizes, readouts, u -> u[1]));
    }

    /** Whole maps up to stage {@code last}: the full computation (spatial-mean read-out, or no cropping at all). */
    static ConePlan whole(List<LayerOp> ops, int inputSize, int last) {
        int[] sizes = sizes(ops, inputSize, last);
        Span[] all = new Span[last + 1];
        for (int s = 0; s <= last; s++) {
            all[s] = new Span(0, sizes[s] - 1);
        }
        return new ConePlan(ops, sizes, all, all.clone());
    }

    private static int[] sizes(List<LayerOp> ops, int inputSize, int last) {
        if (last > ops.size()) {
            throw new IllegalArgumentException("stage " + last + " lies beyond the " + ops.size() + " operations");
        }
        int[] sizes = new int[last + 1];
        sizes[0] = inputSize;
        for (int s = 1; s <= last; s++) {
            sizes[s] = ops.get(s - 1).mapSize(sizes[s - 1]);
        }
        return sizes;
    }

    /** Held spans along one axis, from the deepest read-out back to the input (which is held whole). */
    private static Span[] axis(List<LayerOp> ops, int[] sizes, Map<Integer, int[]> readouts, ToIntFunction<int[]> coord) {
        int last = sizes.length - 1;
        Span[] held = new Span[last + 1];
        for (int s = last; s >= 1; s--) {
            Span own = readouts.containsKey(s) ? Span.of(coord.applyAsInt(readouts.get(s))) : null;
            Span deeper = s == last ? null : AxisCut.needed(ops.get(s), held[s + 1], sizes[s]);
            held[s] = own == null ? deeper : own.union(deeper);
            if (held[s].lo() < 0 || held[s].hi() >= sizes[s]) {
                throw new IllegalArgumentException("read-out " + held[s] + " lies outside stage " + s + "'s map of " + sizes[s]);
            }
        }
        held[0] = new Span(0, sizes[0] - 1);
        return held;
    }

    /** The deepest stage the probe computes. */
    int last() {
        return sizes.length - 1;
    }

    int size(int stage) {
        return sizes[stage];
    }

    Span rows(int stage) {
        return rows[stage];
    }

    Span cols(int stage) {
        return cols[stage];
    }

    LayerOp op(int index) {
        return ops.get(index);
    }

    /** How operation {@code index} (stage index to index + 1) runs along the rows. */
    AxisCut rowCut(int index) {
        return AxisCut.of(ops.get(index), rows[index], rows[index + 1], sizes[index]);
    }

    /** Likewise along the columns. */
    AxisCut colCut(int index) {
        return AxisCut.of(ops.get(index), cols[index], cols[index + 1], sizes[index]);
    }

    /** {row, col} of map unit {@code unit} of {@code stage} within that stage's held window. */
    int[] local(int stage, int[] unit) {
        return new int[] {unit[0] - rows[stage].lo(), unit[1] - cols[stage].lo()};
    }

    /** Fraction of stage {@code stage}'s map that is computed. */
    double share(int stage) {
        return (double) rows[stage].length() * cols[stage].length() / ((double) sizes[stage] * sizes[stage]);
    }
}
