package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.stage.Key;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.results.LayerResult;

/** The run's tuning metrics on every layer's responses (failed stimuli left out); one summary line per layer. */
final class MetricsStage implements RunStage {
    /** Every layer's responses with its metrics' results, for the write stage. */
    static final Key<LayerResults> RESULTS = Key.of("metrics", LayerResults.class);

    record LayerResults(List<LayerResult> layers) {
    }

    private final RunContext context;
    private final ResolvedRun run;

    @Inject
    MetricsStage(RunContext context, ResolvedRun run) {
        this.context = context;
        this.run = run;
    }

    @Override
    public String id() {
        return "metrics";
    }

    @Override
    public int order() {
        return METRICS;
    }

    /** One metric on one layer, through the run's guard: one that hangs or throws is named with the layer. */
    private MetricResult compute(Provided<TuningMetric> m, ResponseTable table, Parameters parameters, String layer) {
        return context.guard().call(PluginCall.of(m, "compute on layer '" + layer + "'"), () -> m.service().compute(table, parameters));
    }

    @Override
    public void run(StageContext ignored) {
        long t0 = System.nanoTime();
        int done = context.stimuliDone();
        List<LayerResult> results = new ArrayList<>();
        for (LayerResponses r : context.layerResponses()) {
            if (context.stopRequested()) {
                return; // the engine writes the stored responses as incomplete
            }
            Map<String, MetricResult> metricResults = new LinkedHashMap<>();
            // no table without metrics: a spilled layer would be copied to the heap for nothing
            ResponseTable table = run.metrics().isEmpty() ? null : r.table(context.opened().labels(), context.failures().keySet());
            StringBuilder line = new StringBuilder(r.layer + ": " + r.units + " units");
            for (int i = 0; i < run.metrics().size(); i++) {
                Provided<TuningMetric> m = run.metrics().get(i);
                MetricResult mr = compute(m, table, run.metricParameters().get(i), r.layer);
                metricResults.put(m.id(), mr);
                line.append(" | ").append(mr.summary());
            }
            context.summary(line.toString());
            results.add(new LayerResult(r.layer, r.units, done, r.store(), context.truth(r), metricResults));
        }
        context.time("metrics", (System.nanoTime() - t0) / 1e9);
        context.put(RESULTS, new LayerResults(List.copyOf(results)));
    }
}
