package org.unitscope.stage.rf.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.unitscope.api.rf.EstimationControl;
import org.unitscope.api.rf.PatchMatrix;
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
    private final Optional<ClusterPasses> cluster;

    /** @param cluster where the passes run when a sharded run's driver has executors for them; empty: here */
    PatchMatrixRun(RfInputs in, Optional<ClusterPasses> cluster) {
        this.in = in;
        this.layers = in.layers();
        this.cluster = cluster;
    }

    /** Runs every item into {@code out}; false when stopped before the end. */
    boolean run(MatrixPlan plan, StimulusSequence sequence, Set<Integer> failures, StageContext context,
            Map<String, List<LayerRf>> out) throws IOException {
        int[] kept = IntStream.range(0, sequence.count()).filter(i -> !failures.contains(i)).toArray();
        RfCheckpoints saved = new RfCheckpoints(context);
        for (int l = 0; l < layers.size(); l++) {
            int layer = l;
            List<MatrixPlan.Item> items = plan.items().stream().filter(i -> i.layer() == layer).toList();
            // the matrix is filled only when some group of the layer is not in the checkpoints
            Matrix x = new Matrix(items.stream().anyMatch(MatrixPlan.Item::mapped), kept.length, l, sequence, failures, context);
            try (x) {
                for (MatrixPlan.Item item : items) {
                    if (!estimate(item, x, kept, context, out.get(layers.get(l)).get(item.estimator()), saved)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A layer's patch matrix, filled on first use; null from {@link #get()} when the fill was stopped. */
    private final class Matrix implements AutoCloseable {
        private final boolean mapped;
        private final int rows;
        private final int layer;
        private final StimulusSequence sequence;
        private final Set<Integer> failures;
        private final StageContext context;
        private PatchMatrixStore store;
        private boolean complete;

        Matrix(boolean mapped, int rows, int layer, StimulusSequence sequence, Set<Integer> failures, StageContext context) {
            this.mapped = mapped;
            this.rows = rows;
            this.layer = layer;
            this.sequence = sequence;
            this.failures = failures;
            this.context = context;
        }

        PatchMatrixStore get() throws IOException {
            if (store == null) {
                int d = in.dimension(layer);
                store = mapped ? PatchMatrixStore.mapped(rows, d) : PatchMatrixStore.inMemory(rows, d);
                complete = fill(store, layer, sequence, failures, context);
            }
            return complete ? store : null;
        }

        @Override
        public void close() throws IOException {
            if (store != null) {
                store.close();
            }
        }
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

    private boolean estimate(MatrixPlan.Item item, Matrix x, int[] kept, StageContext context, LayerRf into, RfCheckpoints saved)
            throws IOException {
        ResolvedService<ReceptiveFieldEstimator> e = in.estimators().get(item.estimator());
        Phase phase = context.phase("rf " + e.id() + " " + layers.get(item.layer()) + " (units)", item.units());
        long start = System.nanoTime();
        for (int from = 0; from < item.units(); from += item.unitsPerGroup()) {
            int to = Math.min(item.units(), from + item.unitsPerGroup());
            String name = "rf/matrix-" + item.layer() + "-" + item.estimator() + "-" + from + "-" + to;
            String key = name + ": " + layers.get(item.layer()) + "/" + e.id() + " on " + kept.length + " x " + item.dimension();
            Optional<List<RfResult>> done = saved.restore(name, key);
            if (done.isPresent() && done.get().size() == 1) {
                into.put(from, to - from, done.get().get(0));
            } else {
                RfResult result = group(item, x, kept, from, to, context);
                if (result == null) {
                    return false;
                }
                into.put(from, to - from, result);
                saved.save(name, key, List.of(result));
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

    /** Units from .. to-1 through the estimator on the patch matrix; null when stopped. */
    private RfResult group(MatrixPlan.Item item, Matrix x, int[] kept, int from, int to, StageContext context) throws IOException {
        PatchMatrix matrix = cluster.isPresent() ? onCluster(item, kept.length) : x.get();
        if (matrix == null) {
            return null;
        }
        ResolvedService<ReceptiveFieldEstimator> e = in.estimators().get(item.estimator());
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
        UnitActivations a = new UnitActivations(columns(in.responses().get(item.layer()), from, to, kept), in.unitSeed(item.layer()));
        try {
            return ((PatchMatrixEstimator) e.service()).estimate(matrix, a, from, e.parameters(), control);
        } catch (CancellationException stopped) {
            return null;
        }
    }

    /**
     * The layer's matrix as the cluster holds it: its executors regenerate their rows themselves, so this JVM never
     * fills it; every pass goes through {@link PatchMatrix#passes}.
     */
    private PatchMatrix onCluster(MatrixPlan.Item item, int rows) {
        String layer = layers.get(item.layer());
        int d = item.dimension();
        java.util.function.Function<Object[], double[][]> passes = cluster.orElseThrow().forLayer(layer, rows, d);
        return new PatchMatrix() {
            @Override
            public int stimuli() {
                return rows;
            }

            @Override
            public int dimension() {
                return d;
            }

            @Override
            public void read(int first, int count, float[] out) {
                throw new IllegalStateException("the patch rows of layer " + layer + " are held by the cluster's executors: "
                        + "an estimator must run its passes through PatchMatrix.passes()");
            }

            @Override
            public Optional<java.util.function.Function<Object[], double[][]>> passes() {
                return Optional.of(passes);
            }
        };
    }

    /** Units from .. to-1 as columns over the kept stimuli, read through the store (heap or memory-mapped). */
    private static float[][] columns(LayerActivations r, int from, int to, int[] kept) {
        return r.responses().columns(from, to, kept);
    }
}
