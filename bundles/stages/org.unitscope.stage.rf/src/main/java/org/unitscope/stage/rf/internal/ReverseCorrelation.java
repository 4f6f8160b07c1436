package org.unitscope.stage.rf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.rf.PatchMatrixEstimator;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.api.run.MemorySize;
import org.unitscope.api.run.RfOptions;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.Phase;
import org.unitscope.api.stage.ResolvedService;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * The receptive-field estimators of a run, after the probe pass has stored every activation: for each pass of the
 * {@link RfPlan} the stimuli are regenerated batch by batch (the sequence is random access and deterministic), each
 * layer's patches cut ({@link PatchGeometry}) and fed to the accumulators of the units planned for that pass.
 */
final class ReverseCorrelation {
    private final RfInputs in;
    private final List<String> layers;
    private final List<PatchGeometry> geometries;
    private final List<LayerActivations> responses;
    private final List<ResolvedService<ReceptiveFieldEstimator>> estimators;
    private final RfOptions options;

    ReverseCorrelation(List<String> layers, List<PatchGeometry> geometries, List<LayerActivations> responses,
            List<ResolvedService<ReceptiveFieldEstimator>> estimators, long seed, RfOptions options) {
        this.options = options;
        this.in = new RfInputs(layers, geometries, responses, estimators, seed);
        this.layers = layers;
        this.geometries = geometries;
        this.responses = responses;
        this.estimators = estimators;
    }

    /** {@link RfSharding.Mode#PATCHES}: the matrix-free layers' rows of the run's range to its file; false when stopped. */
    boolean writePatchRows(MatrixPlan matrix, StimulusSequence sequence, Set<Integer> failures, StageContext context) throws IOException {
        return PatchRows.write(in, matrix, sequence, failures, context, options.sharding());
    }

    /** The passes; a unit's sums counted twice when there are several blocks (a block's sums beside the totals). */
    RfPlan plan(long budget, int stimuli) {
        int copies = new BlockFold(options, stimuli).blocksBesideTotals() ? 2 : 1;
        long[][] bytes = new long[layers.size()][estimators.size()];
        for (int l = 0; l < layers.size(); l++) {
            for (int e = 0; e < estimators.size(); e++) {
                ResolvedService<ReceptiveFieldEstimator> r = estimators.get(e);
                // -1: not streamed (the pair works on the patch matrix)
                bytes[l][e] = matrix(l, e) ? -1 : copies * r.service().bytesPerUnit(dims()[l], r.parameters()) + spilledColumn(l);
            }
        }
        return RfPlan.of(units(), bytes, budget, layerNames(), estimatorIds(), dims());
    }

    /**
     * A unit's activation column that a pass copies out of a spilled (memory-mapped) layer: in a run whose responses did
     * not fit the heap, the columns of a pass must count against the budget too. 0 for a layer on the heap (its plan is
     * as it always was).
     */
    private long spilledColumn(int layer) {
        org.unitscope.api.stage.ResponseStore s = responses.get(layer).responses();
        return s.onHeap() ? 0 : (long) s.rows() * Float.BYTES;
    }

    /** The pairs that work on the whole patch matrix, and the split of the budget for each. */
    MatrixPlan matrixPlan(long budget, int stimuli) {
        List<MatrixPlan.Request> requests = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            for (int e = 0; e < estimators.size(); e++) {
                if (matrix(l, e)) {
                    ResolvedService<ReceptiveFieldEstimator> r = estimators.get(e);
                    PatchMatrixEstimator m = (PatchMatrixEstimator) r.service();
                    long working = m.workingBytesPerUnit(dims()[l], stimuli, r.parameters());
                    double seconds = m.estimatedSeconds(dims()[l], stimuli, units()[l], r.parameters());
                    requests.add(new MatrixPlan.Request(l, e, units()[l], stimuli, dims()[l], working, seconds));
                }
            }
        }
        return MatrixPlan.of(requests, budget, layerNames(), estimatorIds());
    }

    private boolean matrix(int layer, int estimator) {
        ResolvedService<ReceptiveFieldEstimator> r = estimators.get(estimator);
        return r.service() instanceof PatchMatrixEstimator m && m.usesPatchMatrix(dims()[layer], r.parameters());
    }

    private int[] units() {
        return responses.stream().mapToInt(LayerActivations::units).toArray();
    }

    private int[] dims() {
        return geometries.stream().mapToInt(PatchGeometry::dimension).toArray();
    }

    String[] layerNames() {
        return layers.toArray(String[]::new);
    }

    String[] estimatorIds() {
        return estimators.stream().map(ResolvedService::id).toArray(String[]::new);
    }

    /** The plan in words, printed before the passes start. */
    String describe(RfPlan plan, MatrixPlan matrix, int stimuli) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "reverse correlation: %,d stimuli; sums need %s in all, budget %s -> %d pass(es) over the stimuli",
                stimuli, MemorySize.format(plan.totalBytes()), MemorySize.format(plan.budget()), plan.passes().size()));
        for (int l = 0; l < layers.size(); l++) {
            PatchGeometry g = geometries.get(l);
            b.append(String.format(Locale.ROOT, "%n  %s: %d units, patch %s, d = %,d (N/d = %.0f)", layers.get(l),
                    responses.get(l).units(), g, g.dimension(), stimuli / (double) g.dimension()));
        }
        b.append(matrix.describe(layerNames(), estimatorIds()));
        return b.toString();
    }

    /**
     * Runs the passes; when stopped before the end (between batches, or during an accumulator's analysis), only the
     * layers whose every estimator finished every unit.
     */
    Map<String, List<LayerRf>> run(RfPlan plan, MatrixPlan matrix, StimulusSequence sequence, Set<Integer> failures,
            StageContext context) throws IOException {
        Map<String, List<LayerRf>> out = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            List<LayerRf> list = new ArrayList<>();
            for (ResolvedService<ReceptiveFieldEstimator> e : estimators) {
                list.add(new LayerRf(layers.get(l), e.id(), geometries.get(l), responses.get(l).units()));
            }
            out.put(layers.get(l), list);
        }
        RfCheckpoints saved = new RfCheckpoints(context);
        try (BlockFold blocks = new BlockFold(options, sequence.count())) {
            blocks.open(ShardKey.of(context, plan, layerNames(), estimatorIds(), sequence.count(), failures));
            if (blocks.mode() == RfSharding.Mode.SHARD) {
                context.listener().message("rf shard: part " + options.sharding().part() + " of " + options.sharding().parts() + ": "
                        + blocks.range() + " of " + blocks.blocks() + " block(s) of " + options.blockSize() + " stimuli");
            }
            for (int p = 0; p < plan.passes().size(); p++) {
                List<RfPlan.Item> items = plan.passes().get(p);
                List<RfResult> results = pass(p, plan.passes().size(), items, sequence, failures, context, saved, blocks);
                if (results == null) {
                    return complete(out);
                }
                for (int i = 0; i < results.size(); i++) {
                    RfPlan.Item item = items.get(i);
                    out.get(layers.get(item.layer())).get(item.estimator()).put(item.from(), item.to() - item.from(), results.get(i));
                }
            }
            blocks.finish();
            if (blocks.mode() == RfSharding.Mode.SHARD) {
                return Map.of(); // the sums went to the shard's file: nothing is estimated here
            }
        }
        // a sharded run's fold: its matrix-free passes go to the executors when the cluster's driver offers them
        Optional<ClusterPasses> cluster = options.sharding().mode() == RfSharding.Mode.FOLD ? ClusterPasses.find() : Optional.empty();
        try {
            new PatchMatrixRun(in, cluster).run(matrix, sequence, failures, context, out);
        } finally {
            cluster.ifPresent(ClusterPasses::close);
        }
        return complete(out);
    }

    /** The results of one pass's accumulators, in the items' order; null when stopped during one (the rest are not finished). */
    private List<RfResult> finish(List<RfPlan.Item> items, List<RfAccumulator> accumulators, StageContext context) {
        List<RfResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RfPlan.Item item = items.get(i);
            RfAccumulator a = accumulators.get(i);
            String name = estimators.get(item.estimator()).id() + " " + layers.get(item.layer()) + " units " + item.from()
                    + ".." + (item.to() - 1);
            try {
                results.add(StoppableCall.call(name, context::stopRequested, a::finish));
            } catch (java.util.concurrent.CancellationException stopped) {
                return null;
            }
        }
        return results;
    }

    /** The layers whose every estimator has every unit (all of them after a complete run). */
    private static Map<String, List<LayerRf>> complete(Map<String, List<LayerRf>> out) {
        Map<String, List<LayerRf>> kept = new LinkedHashMap<>();
        out.forEach((layer, list) -> {
            if (list.stream().allMatch(LayerRf::complete)) {
                kept.put(layer, list);
            }
        });
        return kept;
    }

    /** One pass's results, read back from its checkpoint or computed and then saved; null when stopped. */
    private List<RfResult> pass(int p, int passes, List<RfPlan.Item> items, StimulusSequence sequence, Set<Integer> failures,
            StageContext context, RfCheckpoints saved, BlockFold blocks) throws IOException {
        String name = "rf/pass-" + p;
        // the items name the work: a plan made under another budget does not reuse this pass
        String key = name + " of " + sequence.count() + " stimuli: " + items.stream()
                .map(i -> layers.get(i.layer()) + "/" + estimators.get(i.estimator()).id() + "[" + i.from() + "," + i.to() + ")").toList();
        boolean shard = blocks.mode() == RfSharding.Mode.SHARD;
        Optional<List<RfResult>> done = shard ? Optional.empty() : saved.restore(name, key);
        if (done.isPresent() && done.get().size() == items.size()) {
            context.listener().message("rf pass " + (p + 1) + "/" + passes + ": read back from the checkpoints");
            return done.get();
        }
        List<UnitActivations> activations = activations(items, failures);
        List<RfAccumulator> accumulators = shard ? List.of() : accumulators(items, activations);
        String what = blocks.mode() == RfSharding.Mode.FOLD ? " (folding the shards' blocks)" : "";
        Phase phase = context.phase("rf pass " + (p + 1) + "/" + passes + what, blocks.stimuliSummed());
        if (!blocks.pass(p, accumulators, () -> accumulators(items, activations),
                (from, to, before, block) -> feedBlock(items, block, sequence, from, to, before, failures, context, phase), phase)) {
            return null;
        }
        if (shard) {
            return List.of();
        }
        List<RfResult> results = finish(items, accumulators, context);
        if (results == null) {
            return null;
        }
        saved.save(name, key, results);
        return results;
    }

    /** The items' activations, read once per pass and shared by the totals and every block's accumulators. */
    private List<UnitActivations> activations(List<RfPlan.Item> items, Set<Integer> failures) {
        List<UnitActivations> out = new ArrayList<>();
        for (RfPlan.Item item : items) {
            out.add(new UnitActivations(columns(responses.get(item.layer()), item.from(), item.to(), failures),
                    in.unitSeed(item.layer())));
        }
        return out;
    }

    private List<RfAccumulator> accumulators(List<RfPlan.Item> items, List<UnitActivations> activations) {
        List<RfAccumulator> accumulators = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RfPlan.Item item = items.get(i);
            ResolvedService<ReceptiveFieldEstimator> e = estimators.get(item.estimator());
            accumulators.add(e.service().newAccumulator(geometries.get(item.layer()).dimension(), activations.get(i), e.parameters()));
        }
        return accumulators;
    }

    /** One block of a pass over the regenerated stimuli (from .. to - 1); false when stopped before its end. */
    private boolean feedBlock(List<RfPlan.Item> items, List<RfAccumulator> accumulators, StimulusSequence sequence, int from,
            int to, long before, Set<Integer> failures, StageContext context, Phase phase) throws IOException {
        boolean[] chosen = new boolean[layers.size()];
        items.forEach(item -> chosen[item.layer()] = true);
        try {
            return PatchBatches.pass(sequence, from, to, before, geometries, chosen, context, phase, (first, n, patches) ->
                    // a batch's sums take seconds in native code: on a thread of their own, so a stop is answered at once
                    StoppableCall.call("sums of stimuli " + first + ".." + (first + n - 1), context::stopRequested, () -> {
                        for (int i = 0; i < items.size(); i++) {
                            int l = items.get(i).layer();
                            feed(accumulators.get(i), first, n, patches[l], in.dimension(l), failures);
                        }
                        return null;
                    }));
        } catch (java.util.concurrent.CancellationException stopped) {
            return false;
        }
    }

    /** Adds stimuli first .. first+n-1 in runs that leave out the ones that failed to render. */
    private static void feed(RfAccumulator a, int first, int n, float[] patches, int d, Set<Integer> failures) {
        if (failures.isEmpty()) {
            a.add(first, patches, n);
            return;
        }
        int start = 0;
        while (start < n) {
            while (start < n && failures.contains(first + start)) {
                start++;
            }
            int end = start;
            while (end < n && !failures.contains(first + end)) {
                end++;
            }
            if (end > start) {
                a.add(first + start, java.util.Arrays.copyOfRange(patches, start * d, end * d), end - start);
            }
            start = end;
        }
    }

    /** Units from .. to-1 as columns (unit-major), read through the store (heap or memory-mapped); failed stimuli get 0. */
    private static float[][] columns(LayerActivations r, int from, int to, Set<Integer> failures) {
        int n = r.responses().rows();
        float[][] c = r.responses().columns(from, to, 0, n);
        for (int i : failures) {
            if (i >= 0 && i < n) {
                for (float[] column : c) {
                    column[i] = 0;
                }
            }
        }
        return c;
    }
}
