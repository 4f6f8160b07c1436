package org.unitscope.engine.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Probe;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.json.RunDescriptionJson;
import org.unitscope.engine.internal.results.LayerResult;
import org.unitscope.engine.internal.results.Manifest;
import org.unitscope.engine.internal.results.ResultWriter;

/**
 * One run: load the model, open a probe on the requested layers, stream the stimulus batches through it,
 * hand the responses to the metrics, write the results. A stop request (cancel, Ctrl-C, a provider that went
 * away) is honoured between batches; what was done is then written and marked incomplete.
 */
final class RunExecution {
    private final ResolvedRun run;
    private final Path out;
    private final RunListener listener;
    private final ResultWriter writer;
    private final RunDescriptionJson json;
    private final EngineInfo engine;
    private final AtomicReference<String> stopReason = new AtomicReference<>();

    RunExecution(ResolvedRun run, Path out, RunListener listener, ResultWriter writer, RunDescriptionJson json,
            EngineInfo engine) {
        this.run = run;
        this.out = out;
        this.listener = listener;
        this.writer = writer;
        this.json = json;
        this.engine = engine;
    }

    ResolvedRun run() {
        return run;
    }

    /** First reason wins: later ones (e.g. shutdown after a provider left) do not overwrite it. */
    void stop(String reason) {
        stopReason.compareAndSet(null, reason);
    }

    RunOutcome execute() {
        RunDescription d = run.description();
        Manifest manifest = new Manifest(json.gson());
        long t0 = System.nanoTime();
        manifest.put("unitscope", Map.of("version", engine.unitscopeVersion(), "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        manifest.put("run", json.toTree(d));
        List<String> summaries = new ArrayList<>();
        LoadedModel model = null;
        Probe probe = null;
        StimulusSequence sequence = null;
        List<LayerResponses> responses = new ArrayList<>();
        int done = 0;
        LabelTable labels = null;
        ModelDescription md = null;
        try {
            java.nio.file.Files.createDirectories(out);
            manifest.write(out);
            ProgressMeter phase = new ProgressMeter("load", 1);
            listener.message("loading " + run.model().describe());
            model = run.model().service().load(run.modelParameters());
            md = model.description();
            manifest.time("load_model", phase.seconds());
            manifest.put("model", modelTree(md));

            List<LayerInfo> layers = chooseLayers(md, d.layers());
            manifest.put("layers", layers.stream().map(RunExecution::layerTree).toList());
            probe = model.openProbe(layers.stream().map(LayerInfo::name).toList(), d.readout());
            // a receptive field larger than the image sees only the image: stimulus defaults (e.g. the lowest SF) follow that
            int rf = Math.min(md.inputSize(), layers.stream().mapToInt(l -> l.rf().size()).max().orElse(1));
            StimulusFormat format = new StimulusFormat(probe.inputSize(), probe.inputChannels(), rf);
            sequence = run.stimulus().service().open(run.stimulusParameters(), format, d.seed());
            labels = sequence.labels();
            checkLabels(labels);
            int count = sequence.count();
            manifest.put("stimulus", componentTree(run.stimulus(), run.stimulusParameters()));
            manifest.put("stimulus_format", Map.of("size", format.size(), "channels", format.channels(), "rfSize", format.rfSize(),
                    "count", count, "seed", d.seed()));
            manifest.put("metrics", metricsTree());
            manifest.write(out);

            int batchSize = d.batchSize() == org.unitscope.api.run.RunDescription.AUTO_BATCH ? BatchSizer.forStimuli(format) : d.batchSize();
            manifest.put("batch_size", batchSize);
            long units = 0;
            for (LayerInfo l : layers) {
                responses.add(new LayerResponses(l.name(), probe.channels(l.name()), count, l.rf().size()));
                units += probe.channels(l.name());
            }
            listener.message(String.format(Locale.ROOT,
                    "%d stimuli of %dx%dx%d px -> %d units in %d layers; responses need %.1f MB; batches of %d (%.1f MB of input)",
                    count, format.channels(), format.size(), format.size(), units, layers.size(),
                    count * units * 4 / 1e6, batchSize, (double) batchSize * format.pixelsPerStimulus() * 4 / 1e6));

            ReverseCorrelation rc = null;
            RfPlan plan = null;
            List<PatchGeometry> geometries = new ArrayList<>();
            if (!run.estimators().isEmpty()) {
                for (LayerInfo l : layers) {
                    geometries.add(PatchGeometry.of(window(probe, l.name()), format.size(), format.channels(), d.rf()));
                }
                rc = new ReverseCorrelation(layers.stream().map(LayerInfo::name).toList(), geometries, responses, run.estimators(),
                        run.estimatorParameters(), d.seed());
                // planned before probing: a budget that cannot hold one unit fails now, not after the probe pass
                plan = rc.plan(d.rf().maxMemoryBytes() > 0 ? d.rf().maxMemoryBytes() : RfPlan.automaticBudget());
                listener.message(rc.describe(plan, count));
                manifest.put("receptive_field", rfTree(layers, geometries, plan));
                manifest.write(out);
            }
            phase = new ProgressMeter("probe", count);
            float[] batch = new float[batchSize * format.pixelsPerStimulus()];
            while (done < count && stopReason.get() == null) {
                int n = Math.min(batchSize, count - done);
                sequence.render(done, n, batch, 0);
                Map<String, float[]> act = probe.forward(batch, n);
                for (LayerResponses r : responses) {
                    r.put(done, n, act.get(r.layer));
                }
                done += n;
                listener.progress(phase.at(done));
            }
            manifest.time("probe", phase.seconds());
            manifest.put("stimuli_done", done);
            manifest.put("rate_stimuli_per_s", phase.seconds() > 0 ? Math.round(done / phase.seconds() * 10) / 10.0 : null);
            manifest.put("skipped_stimuli", sequence.skipped());
            Map<Integer, String> failures = new java.util.TreeMap<>(sequence.failures());
            manifest.put("failed_stimuli", failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
            if (!skippedOrFailed(sequence, failures).isEmpty()) {
                listener.message(skippedOrFailed(sequence, failures));
            }

            if (stopReason.get() != null) {
                return incomplete(manifest, model, responses, done, labels, summaries, t0);
            }
            phase = new ProgressMeter("metrics", responses.size());
            List<LayerResult> results = new ArrayList<>();
            for (LayerResponses r : responses) {
                Map<String, MetricResult> metricResults = new LinkedHashMap<>();
                ResponseTable table = r.table(labels, failures.keySet());
                StringBuilder line = new StringBuilder(r.layer + ": " + r.units + " units");
                for (int i = 0; i < run.metrics().size(); i++) {
                    Provided<TuningMetric> m = run.metrics().get(i);
                    MetricResult mr = m.service().compute(table, run.metricParameters().get(i));
                    metricResults.put(m.id(), mr);
                    line.append(" | ").append(mr.summary());
                }
                summaries.add(line.toString());
                results.add(new LayerResult(r.layer, r.units, done, r.values, truth(model, r), metricResults));
            }
            manifest.time("metrics", phase.seconds());
            if (stopReason.get() != null) {
                return incomplete(manifest, model, responses, done, labels, summaries, t0);
            }
            Map<String, List<LayerRf>> rfs = null;
            TuningPrediction.Result prediction = null;
            if (rc != null) {
                phase = new ProgressMeter("reverse correlation", 1);
                rfs = rc.run(plan, sequence, format.size(), format.channels(), batchSize, failures.keySet(), listener,
                        () -> stopReason.get() != null);
                if (rfs == null) {
                    return incomplete(manifest, model, responses, done, labels, summaries, t0);
                }
                manifest.time("reverse_correlation", phase.seconds());
                summaries.addAll(RfOutputs.summaryLines(rfs));
                if (run.prediction() != null) {
                    prediction = predict(probe, format, batchSize, layers, geometries, rfs);
                    if (prediction == null) {
                        return incomplete(manifest, model, responses, done, labels, summaries, t0);
                    }
                    manifest.time("prediction", prediction.seconds());
                    manifest.put("prediction_stimuli", prediction.stimuli());
                    prediction.layers().forEach(r -> summaries.add(TuningPrediction.line(r)));
                }
            }
            phase = new ProgressMeter("write", 1);
            List<String> files = writer.write(out, results, labels, summaries);
            if (rfs != null) {
                files = new ArrayList<>(files);
                files.addAll(RfOutputs.write(out, rfs, prediction));
            }
            manifest.time("write", phase.seconds());
            manifest.put("files", files);
            manifest.time("total", (System.nanoTime() - t0) / 1e9);
            manifest.finish("complete", "ok");
            manifest.write(out);
            return new RunOutcome(RunOutcome.Status.COMPLETE, out, "complete: " + done + " stimuli", summaries);
        } catch (RuntimeException | java.io.IOException | LinkageError e) {
            if (stopReason.get() != null) {
                // the provider went away underneath us: its failure is the symptom, not the cause
                return incomplete(manifest, model, responses, done, labels, summaries, t0);
            }
            String message = e instanceof RuntimeException && e.getMessage() != null ? e.getMessage() : e.toString();
            manifest.finish("failed", message);
            manifest.time("total", (System.nanoTime() - t0) / 1e9);
            writeQuietly(manifest);
            return new RunOutcome(RunOutcome.Status.FAILED, out, message, summaries);
        } finally {
            closeQuietly(probe);
            closeQuietly(sequence);
            closeQuietly(model);
        }
    }

    private RunOutcome incomplete(Manifest manifest, LoadedModel model, List<LayerResponses> responses, int done,
            LabelTable labels, List<String> summaries, long t0) {
        String reason = stopReason.get();
        List<String> lines = new ArrayList<>();
        lines.add("INCOMPLETE: " + reason);
        lines.add("stimuli done: " + done);
        try {
            if (labels != null && !responses.isEmpty()) {
                List<LayerResult> partial = new ArrayList<>();
                for (LayerResponses r : responses) {
                    partial.add(new LayerResult(r.layer, r.units, done, r.firstRows(done), truth(model, r), Map.of()));
                }
                manifest.put("files", writer.write(out, partial, firstRows(labels, done), lines));
            }
        } catch (java.io.IOException | RuntimeException e) {
            lines.add("partial results could not be written: " + e);
        }
        manifest.put("stimuli_done", done);
        manifest.time("total", (System.nanoTime() - t0) / 1e9);
        manifest.finish("incomplete", reason);
        writeQuietly(manifest);
        return new RunOutcome(RunOutcome.Status.INCOMPLETE, out, "incomplete: " + reason + " (" + done + " stimuli done)", lines);
    }

    private static String skippedOrFailed(StimulusSequence sequence, Map<Integer, String> failures) {
        int skipped = sequence.skipped().size();
        if (skipped == 0 && failures.isEmpty()) {
            return "";
        }
        return skipped + " item(s) skipped when opening the stimulus set, " + failures.size()
                + " failed while rendering (left out of the metrics); the manifest lists each with its reason";
    }

    private static LabelTable firstRows(LabelTable labels, int rows) {
        double[][] cols = new double[labels.names().size()][];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = java.util.Arrays.copyOf(labels.columns()[i], rows);
        }
        return new LabelTable(labels.names(), cols, labels.levels());
    }

    private List<Map<String, Double>> truth(LoadedModel model, LayerResponses r) {
        List<Map<String, Double>> t = new ArrayList<>();
        if (model == null) {
            return t;
        }
        for (int u = 0; u < r.units; u++) {
            t.add(model.groundTruth(r.layer, u));
        }
        return t.stream().allMatch(Map::isEmpty) ? List.of() : t;
    }

    private void checkLabels(LabelTable labels) {
        for (int i = 0; i < run.metrics().size(); i++) {
            Provided<TuningMetric> m = run.metrics().get(i);
            for (String label : m.service().requiredLabels(run.metricParameters().get(i))) {
                if (!labels.has(label)) {
                    throw new org.unitscope.api.UnitscopeException("metric '" + m.id() + "' needs stimulus label '" + label
                            + "', which stimulus set '" + run.stimulus().id() + "' does not provide (it has " + labels.names() + ")");
                }
            }
        }
    }

    private static List<LayerInfo> chooseLayers(ModelDescription md, List<String> requested) {
        if (requested.isEmpty()) {
            return md.layers();
        }
        List<LayerInfo> out = new ArrayList<>();
        for (String name : requested) {
            out.add(md.layer(name).orElseThrow(() -> new org.unitscope.api.UnitscopeException(
                    "model '" + md.id() + "' has no layer '" + name + "'; it has " + md.layerNames())));
        }
        return out;
    }

    private Map<String, Object> modelTree(ModelDescription md) {
        Map<String, Object> m = componentTree(run.model(), run.modelParameters());
        m.put("name", md.name());
        m.put("weights", md.weightsSource());
        m.put("sha256", md.weightsSha256());
        m.put("preprocessing", md.preprocessing());
        m.put("inputSize", md.inputSize());
        m.put("inputChannels", md.inputChannels());
        m.put("provenance", md.provenance());
        return m;
    }

    private static Map<String, Object> layerTree(LayerInfo l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", l.name());
        m.put("channels", l.channels());
        m.put("mapSize", l.mapSize());
        m.put("rf", Map.of("size", l.rf().size(), "jump", l.rf().jump(), "start", l.rf().start()));
        return m;
    }

    private static org.unitscope.api.model.RfWindow window(Probe probe, String layer) {
        return probe.receptiveField(layer).orElseThrow(() -> new org.unitscope.api.UnitscopeException("receptive-field estimators need to "
                + "know where the read-out unit of '" + layer + "' looks: use the centre or a position readout (not the mean), with a "
                + "model that reports its geometry"));
    }

    private TuningPrediction.Result predict(Probe probe, StimulusFormat format, int batchSize, List<LayerInfo> layers,
            List<PatchGeometry> geometries, Map<String, List<LayerRf>> rfs) {
        listener.message("prediction: the units and their rebuilt receptive fields see the stimuli of '" + run.prediction().id() + "'");
        try (StimulusSequence gratings = run.prediction().service().open(run.predictionParameters(), format, run.description().seed())) {
            return TuningPrediction.run(probe, gratings, run.prediction().id(), format.size(), format.channels(), batchSize,
                    layers.stream().map(LayerInfo::name).toList(), geometries, rfs, listener, () -> stopReason.get() != null);
        }
    }

    private Map<String, Object> rfTree(List<LayerInfo> layers, List<PatchGeometry> geometries, RfPlan plan) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < run.estimators().size(); i++) {
            list.add(componentTree(run.estimators().get(i), run.estimatorParameters().get(i)));
        }
        Map<String, Object> patches = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            PatchGeometry g = geometries.get(l);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("top", g.top());
            m.put("left", g.left());
            m.put("height", g.height());
            m.put("width", g.width());
            m.put("block", g.block());
            m.put("rows", g.rows());
            m.put("cols", g.cols());
            m.put("channels", g.channels());
            m.put("dimension", g.dimension());
            patches.put(layers.get(l).name(), m);
        }
        Map<String, Object> rf = new LinkedHashMap<>();
        rf.put("estimators", list);
        rf.put("patches", patches);
        rf.put("memory_budget_bytes", plan.budget());
        rf.put("memory_needed_bytes", plan.totalBytes());
        rf.put("passes", plan.passes().size());
        if (run.prediction() != null) {
            rf.put("prediction", componentTree(run.prediction(), run.predictionParameters()));
        }
        return rf;
    }

    private List<Object> metricsTree() {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < run.metrics().size(); i++) {
            list.add(componentTree(run.metrics().get(i), run.metricParameters().get(i)));
        }
        return list;
    }

    private static Map<String, Object> componentTree(Provided<?> p, Parameters parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("provider", p.provider());
        m.put("parameters", parameters.asMap());
        return m;
    }

    private void writeQuietly(Manifest manifest) {
        try {
            manifest.write(out);
        } catch (java.io.IOException | RuntimeException e) {
            listener.message("could not write " + out.resolve(Manifest.FILE) + ": " + e);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // closing is best effort; the run's outcome is already decided
            }
        }
    }
}
