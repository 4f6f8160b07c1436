package org.unitscope.stage.rf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.MemorySize;
import org.unitscope.api.run.RunProgress;

/**
 * The (layer, estimator) pairs that work on the layer's whole patch matrix X (N x d float32) rather than on
 * streaming sums, and how the memory budget splits for each: X in memory when it fits beside one unit's working
 * memory and activations, else memory-mapped from a temporary file (the operating system pages it); then as many
 * units per group as the rest of the budget holds, at most {@link #MAX_GROUP} and at most what the estimator's time
 * estimate puts at about {@link #GROUP_SECONDS} of work (but not under {@link #MIN_TIMED_GROUP}), so that progress and
 * the log move. Results do not depend on the split.
 */
record MatrixPlan(List<Item> items, long budget) {
    /** Units in one call to an estimator at most. */
    static final int MAX_GROUP = 32;
    /** Estimated seconds of work a group aims at, so that the progress line moves about this often. */
    static final double GROUP_SECONDS = 30;
    /**
     * Fewest units the time cap leaves in a group: a pass serves all of a group's vectors at once, and with fewer than
     * about 8 units (and their shuffles) the Java kernel's column tiles get too narrow to run at speed.
     */
    static final int MIN_TIMED_GROUP = 8;

    /**
     * @param matrixBytes  X: N x d x 4 bytes
     * @param mapped       whether X is memory-mapped rather than held
     * @param perUnitBytes one unit's working memory and activation column
     * @param estimatedSeconds the estimator's up-front estimate for all the item's units (NaN: none)
     */
    record Item(int layer, int estimator, int units, int stimuli, int dimension, long matrixBytes, boolean mapped,
            long perUnitBytes, int unitsPerGroup, double estimatedSeconds) {

        /** The most this item holds at once. */
        long peakBytes() {
            return (mapped ? 0 : matrixBytes) + perUnitBytes * unitsPerGroup;
        }
    }

    /**
     * A pair to plan: its layer's units, N and d, one unit's working bytes and the time for all units as the estimator
     * states them.
     */
    record Request(int layer, int estimator, int units, int stimuli, int dimension, long workingBytesPerUnit,
            double estimatedSeconds) {
    }

    static MatrixPlan of(List<Request> requests, long budget, String[] layers, String[] estimators) {
        List<Item> items = new ArrayList<>();
        for (Request r : requests) {
            long matrix = 4L * r.stimuli() * r.dimension();
            long perUnit = r.workingBytesPerUnit() + 4L * r.stimuli();
            boolean mapped = matrix + perUnit > budget;
            if (perUnit > budget) {
                throw new UnitscopeException(String.format(Locale.ROOT, "one unit of %s needs %s for '%s' on the "
                        + "matrix-free path at d = %,d and N = %,d, over the memory budget of %s: raise --max-memory "
                        + "(receptiveField.maxMemory) to at least %s (the patch matrix, %s, is then memory-mapped) or %s "
                        + "(held in memory), or lower receptiveField.grid", layers[r.layer()], MemorySize.format(perUnit),
                        estimators[r.estimator()], r.dimension(), r.stimuli(), MemorySize.format(budget),
                        MemorySize.format(perUnit), MemorySize.format(matrix), MemorySize.format(perUnit + matrix)));
            }
            long room = mapped ? budget : budget - matrix;
            int group = (int) Math.max(1, Math.min(Math.min(r.units(), byTime(r)), room / perUnit));
            items.add(new Item(r.layer(), r.estimator(), r.units(), r.stimuli(), r.dimension(), matrix, mapped, perUnit,
                    group, r.estimatedSeconds()));
        }
        return new MatrixPlan(List.copyOf(items), budget);
    }

    /**
     * Units per group for about {@link #GROUP_SECONDS} of estimated work, but at least {@link #MIN_TIMED_GROUP}
     * ({@link #MAX_GROUP} without an estimate).
     */
    private static int byTime(Request r) {
        double perUnit = r.estimatedSeconds() / Math.max(1, r.units());
        if (!(perUnit > 0) || !Double.isFinite(perUnit)) {
            return MAX_GROUP;
        }
        return (int) Math.max(MIN_TIMED_GROUP, Math.min(MAX_GROUP, GROUP_SECONDS / perUnit));
    }

    /** The plan in words, one line per item. */
    String describe(String[] layers, String[] estimators) {
        StringBuilder b = new StringBuilder();
        for (Item i : items) {
            b.append(String.format(Locale.ROOT, "%n  %s %s (matrix-free): patch matrix %,d x %,d = %s %s; %s per unit;"
                    + " %d unit(s) per group, %d group(s); at most %s at once", layers[i.layer()],
                    estimators[i.estimator()], i.stimuli(), i.dimension(), MemorySize.format(i.matrixBytes()),
                    i.mapped() ? "memory-mapped from a temporary file" : "in memory",
                    MemorySize.format(i.perUnitBytes()), i.unitsPerGroup(),
                    (i.units() + i.unitsPerGroup() - 1) / i.unitsPerGroup(), MemorySize.format(i.peakBytes())));
            if (Double.isFinite(i.estimatedSeconds())) {
                b.append("; estimated time ").append(RunProgress.clock(i.estimatedSeconds()))
                        .append(" (the estimator's guess from its cost model and a kernel timing now)");
            }
        }
        return b.toString();
    }

}
