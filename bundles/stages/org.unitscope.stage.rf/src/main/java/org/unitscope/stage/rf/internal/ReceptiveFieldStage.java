package org.unitscope.stage.rf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.stage.ResolvedService;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.run.RfOptions;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stage.Key;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stage.StoredResponses;

/**
 * Reverse correlation after the probe pass: plans the passes before any probing (so a budget that cannot hold one
 * unit fails at once), then runs the run's estimators over the regenerated stimuli and writes rf.npz and the figures.
 */
@Component(service = RunStage.class)
public class ReceptiveFieldStage implements RunStage {
    /** The matrix-free estimator's parameter that sums its passes by blocks of patch rows. */
    static final String PASS_BLOCK = "passBlock";
    /** This stage's plan for the run, made in {@link #prepare}. */
    static final Key<RfSetup> SETUP = Key.of("receptive-fields.setup", RfSetup.class);
    /** Every layer's receptive fields, for the prediction stage. */
    static final Key<ReceptiveFields> RESULT = Key.of("receptive-fields", ReceptiveFields.class);

    /** The patches of the run's layers and the split of the sums into passes. */
    record RfSetup(List<String> layers, List<PatchGeometry> geometries, RfPlan plan, MatrixPlan matrix) {
    }

    /** Per layer (run order) its estimators' results. */
    record ReceptiveFields(List<String> layers, List<PatchGeometry> geometries, Map<String, List<LayerRf>> byLayer) {
    }

    @Override
    public String id() {
        return "receptive-fields";
    }

    @Override
    public int order() {
        return RECEPTIVE_FIELDS;
    }

    @Override
    public boolean appliesTo(RunDescription run) {
        return !run.estimators().isEmpty();
    }

    @Override
    public void prepare(StageContext context) throws IOException {
        RunDescription d = context.description();
        List<String> layers = context.layers().stream().map(LayerInfo::name).toList();
        List<PatchGeometry> geometries = new ArrayList<>();
        for (String layer : layers) {
            geometries.add(PatchGeometry.of(window(context, layer), context.format().size(), context.format().channels(), d.rf()));
        }
        ReverseCorrelation rc = new ReverseCorrelation(layers, geometries, context.responses().layers(), context.estimators(), d.seed(),
                d.rf());
        long budget = d.rf().maxMemoryBytes() > 0 ? d.rf().maxMemoryBytes() : RfPlan.automaticBudget();
        RfPlan plan = rc.plan(budget, context.stimuli().count());
        MatrixPlan matrix = rc.matrixPlan(budget, context.stimuli().count());
        refuseShardedMatrix(d.rf(), matrix, rc, context.estimators());
        context.listener().message(rc.describe(plan, matrix, context.stimuli().count()));
        context.manifest("receptive_field", RfManifest.tree(context, layers, geometries, plan, matrix));
        context.put(SETUP, new RfSetup(layers, geometries, plan, matrix));
    }

    @Override
    public void run(StageContext context) throws IOException {
        RfSetup setup = context.get(SETUP).orElseThrow(() -> new IllegalStateException("receptive fields were not planned"));
        StoredResponses stored = context.responses();
        ReverseCorrelation rc = new ReverseCorrelation(setup.layers(), setup.geometries(), stored.layers(), context.estimators(),
                context.description().seed(), context.description().rf());
        if (context.description().rf().sharding().mode() == RfSharding.Mode.PATCHES) {
            rc.writePatchRows(setup.matrix(), context.stimuli(), stored.failed(), context);
            return; // an executor's patch rows only: nothing is summed or estimated
        }
        long t0 = System.nanoTime();
        Map<String, List<LayerRf>> rfs = rc.run(setup.plan(), setup.matrix(), context.stimuli(), stored.failed(), context);
        if (context.stopRequested()) {
            keepFinished(context, rfs);
            return; // the engine ends the run as incomplete
        }
        context.time("reverse_correlation", (System.nanoTime() - t0) / 1e9);
        if (context.description().rf().sharding().mode() == RfSharding.Mode.SHARD) {
            context.listener().message("rf shard: block sums written to " + context.description().rf().sharding().path());
            return; // a shard only sums: the run that folds the shards estimates and writes rf.npz
        }
        RfOutputs.summaryLines(rfs).forEach(context::summary);
        context.put(RESULT, new ReceptiveFields(setup.layers(), setup.geometries(), rfs));
        RfOutputs.writeReceptiveFields(context.results(), rfs);
    }

    /**
     * After a stop: rf.npz with the layers finished (no figures, which may take seconds), and the manifest says which;
     * nothing when none was.
     */
    private static void keepFinished(StageContext context, Map<String, List<LayerRf>> rfs) throws IOException {
        context.manifest("receptive_field_layers_finished", List.copyOf(rfs.keySet()));
        if (!rfs.isEmpty()) {
            RfOutputs.writeArrays(context.results(), rfs);
            context.listener().message("stopped: rf.npz keeps the finished layers " + rfs.keySet());
        }
    }

    /**
     * A sharded run splits the matrix-free passes by blocks of patch rows (docs/CLUSTER.md): the estimator must sum them
     * by blocks ({@code passBlock}) for the executors' partials to add up to the single-JVM run's bits.
     */
    private static void refuseShardedMatrix(RfOptions rf, MatrixPlan matrix, ReverseCorrelation rc,
            List<ResolvedService<ReceptiveFieldEstimator>> estimators) {
        if (rf.sharding().mode() == RfSharding.Mode.NONE) {
            return;
        }
        for (MatrixPlan.Item i : matrix.items()) {
            Parameters p = estimators.get(i.estimator()).parameters();
            if (!p.asMap().containsKey(PASS_BLOCK) || ((Number) p.asMap().get(PASS_BLOCK)).intValue() <= 0) {
                throw new UnitscopeException("sharded reverse correlation: '" + rc.estimatorIds()[i.estimator()] + "' on layer "
                        + rc.layerNames()[i.layer()] + " takes the matrix-free path (d = " + i.dimension() + "), whose passes a"
                        + " sharded run splits by blocks of patch rows: give the estimator's '" + PASS_BLOCK + "' (rows per block,"
                        + " e.g. 4096); 'unitscope run' of that same description gives the same bits");
            }
        }
    }

    private static RfWindow window(StageContext context, String layer) {
        return context.receptiveField(layer).orElseThrow(() -> new UnitscopeException("receptive-field estimators need to "
                + "know where the read-out unit of '" + layer + "' looks: use the centre or a position readout, not the mean"));
    }
}
