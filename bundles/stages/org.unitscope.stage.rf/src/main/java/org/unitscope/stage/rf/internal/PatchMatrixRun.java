package org.unitscope.stage.rf.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.unitscope.api.rf.EstimationControl;
import org.unitscope.api.rf.PatchMatrixEstimator;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.api.run.RunProgress;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.Phase;
import org.unitscope.api.stage.ResolvedService;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * The matrix-free items of a run, layer by layer: one pass over the regenerated stimuli fills the layer's patch
 * matrix (stimuli that failed to render are left out, with their activations), then each estimator gets the units in
 * the groups of the {@link MatrixPlan}. The matrix is dropped (its file deleted) before the next layer.
 */
final class PatchMatrixRun {
    private final RfInputs in;
    private final List<String> layers;

    PatchMatrixRun(RfInputs in) {
        this.in = in;
        this.layers = in.layers();
    }

    /** Runs every item into {@code out}; false when stopped before the end. */
    boolean run(MatrixPlan plan, StimulusSequence sequence, Set<Integer> failures, StageContext context,
            Map<String, List<LayerRf>> out) throws IOException {
        int[] kept = IntStream.range(0, sequence.count()).filter(i -> !failures.contains(i)).toArray();
        for (int l = 0; l < layers.size(); l++) {
            int layer = l;
            List<MatrixPlan.Item> items = plan.items().stream().filter(i -> i.layer() == layer).toList();
            if (items.isEmpty()) {
                continue;
            }
            boolean mapped = items.stream().anyMatch(MatrixPlan.Item::mapped);
            try (PatchMatrixStore x = mapped ? PatchMatrixStore.mapped(kept.length, in.dimension(l))
                    : PatchMatrixStore.inMemory(kept.length, in.dimension(l))) {
                if (!fill(x, l, sequence, failures, context)) {
                    return false;
                }
                for (MatrixPlan.Item item : items) {
                    if (!estimate(item, x, kept, context, out.get(layers.get(l)).get(item.estimator()))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private boolean fill(PatchMatrixStore x, int l, StimulusSequence sequence, Set<Integer> failures,
            StageContext context) throws IOException {
        boolean[] chosen = new boolean[layers.size()];
        chosen[l] = true;
        int d = in.dimension(l);
        Phase phase = context.phase("rf patch matrix " + layers.get(l), sequence.count());
        boolean complete = PatchBatches.pass(sequence, in.geometries(), chosen, context, phase, (first, n, patches) -> {
            for (int k = 0; k < n; k++) {
                if (!failures.contains(first + k)) {
                    x.append(patches[l], k * d);
                }
            }
        });
        if (complete) {
            x.seal();
        }
        return complete;
    }

    private boolean estimate(MatrixPlan.Item item, PatchMatrixStore x, int[] kept, StageContext context, LayerRf into) {
        ResolvedService<ReceptiveFieldEstimator> e = in.estimators().get(item.estimator());
        PatchMatrixEstimator estimator = (PatchMatrixEstimator) e.service();
        EstimationControl control = new EstimationControl() {
            @Override
            public boolean stopRequested() {
                return context.stopRequested();
            }

            @Override
            public void message(String line) {
                context.listener().message(line);
            }
        };
        Phase phase = context.phase("rf " + e.id() + " " + layers.get(item.layer()) + " (units)", item.units());
        long start = System.nanoTime();
        for (int from = 0; from < item.units(); from += item.unitsPerGroup()) {
            int to = Math.min(item.units(), from + item.unitsPerGroup());
            UnitActivations a = new UnitActivations(columns(in.responses().get(item.layer()), from, to, kept),
                    in.unitSeed(item.layer()));
            try {
                RfResult result = estimator.estimate(x, a, from, e.parameters(), control);
                into.put(from, to - from, result);
            } catch (CancellationException stopped) {
                return false;
            }
            phase.done(to);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        context.listener().message(String.format(java.util.Locale.ROOT, "rf %s %s: %d units in %s%s", e.id(),
                layers.get(item.layer()), item.units(), RunProgress.clock(seconds),
                Double.isFinite(item.estimatedSeconds()) ? " (estimated " + RunProgress.clock(item.estimatedSeconds())
                        + ")" : ""));
        return true;
    }

    /** Units from .. to-1 as columns over the kept stimuli. */
    private static float[][] columns(LayerActivations r, int from, int to, int[] kept) {
        float[] values = r.values();
        float[][] c = new float[to - from][kept.length];
        for (int k = 0; k < kept.length; k++) {
            int row = kept[k] * r.units();
            for (int u = from; u < to; u++) {
                c[u - from][k] = values[row + u];
            }
        }
        return c;
    }
}
