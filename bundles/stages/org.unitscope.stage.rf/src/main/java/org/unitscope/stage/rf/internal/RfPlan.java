package org.unitscope.stage.rf.internal;

import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.MemorySize;

/**
 * Which units of which (layer, estimator) are accumulated in which pass over the stimuli, so that the sums of one
 * pass stay under the memory budget: a covariance per unit is d^2 doubles (0.5 GB at d = 8,464), so the units of a
 * large layer are split into chunks and the stimuli regenerated for each pass. Results depend on the split only at the
 * rounding of the PyTorch moment kernel, whose BLAS blocks by the number of units in a pass (seen: 6e-15 relative in
 * AWC eigenvalues, with the automatic budget at 2.92 vs 2.99 GB); give --max-memory for bit-for-bit repeats.
 *
 * @param passes     items per pass, in order
 * @param totalBytes what all the sums would take at once
 * @param budget     the budget the plan keeps to
 */
record RfPlan(List<List<Item>> passes, long totalBytes, long budget) {

    /** Units {@code from .. to-1} of layer {@code layer} through estimator {@code estimator}. */
    record Item(int layer, int estimator, int from, int to, long bytes) {
    }

    /**
     * @param units       units per layer
     * @param bytesPerUnit [layer][estimator] bytes of one unit's sums; negative for a pair that is not streamed
     * @param names       [layer] names and [estimator] ids, for the message when one unit alone exceeds the budget
     */
    static RfPlan of(int[] units, long[][] bytesPerUnit, long budget, String[] layers, String[] estimators, int[] dimensions) {
        List<List<Item>> passes = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        long used = 0;
        long total = 0;
        for (int l = 0; l < units.length; l++) {
            for (int e = 0; e < bytesPerUnit[l].length; e++) {
                long per = bytesPerUnit[l][e];
                if (per < 0) {
                    continue; // not streamed: see MatrixPlan
                }
                total += per * units[l];
                if (per > budget) {
                    throw new UnitscopeException(String.format(java.util.Locale.ROOT,
                            "one unit of %s needs %s for '%s' at d = %,d, over the memory budget of %s: raise --max-memory "
                                    + "(receptiveField.maxMemory) or lower receptiveField.grid",
                            layers[l], MemorySize.format(per), estimators[e], dimensions[l], MemorySize.format(budget)));
                }
                int from = 0;
                while (from < units[l]) {
                    long fit = (budget - used) / per;
                    if (fit == 0) {
                        passes.add(current);
                        current = new ArrayList<>();
                        used = 0;
                        continue;
                    }
                    int to = (int) Math.min(units[l], from + fit);
                    current.add(new Item(l, e, from, to, per * (to - from)));
                    used += per * (to - from);
                    from = to;
                }
            }
        }
        if (!current.isEmpty()) {
            passes.add(current);
        }
        return new RfPlan(List.copyOf(passes), total, budget);
    }

    /** Half the heap not in use now: the sums live beside the stored activations and the probe's batches. */
    static long automaticBudget() {
        Runtime r = Runtime.getRuntime();
        long free = r.maxMemory() - (r.totalMemory() - r.freeMemory());
        return Math.max(64L << 20, free / 2);
    }
}
