package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.stage.Checkpoints;
import org.unitscope.api.stage.Key;
import org.unitscope.api.stage.Phase;
import org.unitscope.api.stage.ResolvedService;
import org.unitscope.api.stage.ResultSink;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stage.StoredResponses;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.checkpoint.RunCheckpoints;
import org.unitscope.engine.internal.results.Manifest;

/**
 * The engine's side of a run's {@link StageContext}: the resolved services, what {@link RunOpener} opened, the
 * stored responses, the blackboard, manifest sections and summary lines. Used from the run's thread only.
 */
final class RunContext implements StageContext {
    private final ResolvedRun run;
    private final RunListener listener;
    private final StopFlag stop;
    private final Manifest manifest;
    private final OutputFolder results;
    private final PluginGuard guard;
    private final Map<Key<?>, Object> board = new HashMap<>();
    private final List<String> summaries = new ArrayList<>();
    private final List<LayerResponses> responses = new ArrayList<>();
    private final Map<Integer, String> failures = new TreeMap<>();
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final List<AutoCloseable> spills = new ArrayList<>();
    private OpenedRun opened;
    private int probed;
    private RunCheckpoints checkpoints;

    @Inject
    RunContext(ResolvedRun run, RunListener listener, StopFlag stop, Manifest manifest, OutputFolder results, PluginGuard guard) {
        this.run = run;
        this.listener = listener;
        this.stop = stop;
        this.manifest = manifest;
        this.results = results;
        this.guard = guard;
    }

    // --- engine side ---

    /** Method injection keeps the constructor as it is: the checkpoints are an addition to what a context holds. */
    @Inject
    void checkpoints(RunCheckpoints c) {
        this.checkpoints = c;
    }

    /** Once the run is complete: a resume has nothing left to do, so the checkpoints go. */
    void discardCheckpoints() {
        try {
            checkpoints.discard();
        } catch (java.io.IOException | RuntimeException e) {
            listener.message("could not remove the checkpoints in " + checkpoints.dir() + ": " + e);
        }
    }

    /** Set once the model, probe and stimuli are open; the response arrays are allocated for every stimulus. */
    void opened(OpenedRun o, List<LayerResponses> layers) {
        this.opened = o;
        responses.addAll(layers);
    }

    /** Closed at the end of the run, last opened first. */
    <T extends AutoCloseable> T closeLater(T resource) {
        toClose.push(resource);
        return resource;
    }

    /**
     * Memory-mapped responses, closed (their files deleted) as soon as the run ends: only the engine writes them, and a
     * stage call left running reads a closed store as an error, not as freed memory (the mappings stay until collected).
     */
    void spilled(AutoCloseable store) {
        spills.add(store);
    }

    /** Closed once no abandoned plugin call is still running: a probe's native memory is never freed under it. */
    void closeAll() {
        for (AutoCloseable s : spills) {
            try {
                s.close();
            } catch (Exception e) {
                listener.message("could not remove the spilled responses: " + e.getMessage());
            }
        }
        spills.clear();
        guard.whenSettled(this::closeNow);
    }

    /** The guard of this run's plugin calls. */
    PluginGuard guard() {
        return guard;
    }

    private void closeNow() {
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                // closing is best effort; the run's outcome is already decided
            }
        }
    }

    /** Null before the model, probe and stimuli are open. */
    OpenedRun opened() {
        return opened;
    }

    List<LayerResponses> layerResponses() {
        return responses;
    }

    /** The probe pass has filled the first {@code stimuli} rows. */
    void probed(int stimuli) {
        probed = stimuli;
    }

    /** Stimuli that could not be rendered, with the reason: left out of every table. */
    void failed(Map<Integer, String> failed) {
        failures.putAll(failed);
    }

    int stimuliDone() {
        return probed;
    }

    Map<Integer, String> failures() {
        return failures;
    }

    /** The true parameters of a layer's units where the model knows them (synthetic networks), else empty. */
    List<Map<String, Double>> truth(LayerResponses r) {
        List<Map<String, Double>> t = new ArrayList<>();
        if (opened == null) {
            return t;
        }
        for (int u = 0; u < r.units; u++) {
            t.add(opened.model().groundTruth(r.layer, u));
        }
        return t.stream().allMatch(Map::isEmpty) ? List.of() : t;
    }

    List<String> summaries() {
        return summaries;
    }

    Manifest manifestTree() {
        return manifest;
    }

    OutputFolder folder() {
        return results;
    }

    // --- StageContext ---

    @Override
    public RunDescription description() {
        return run.description();
    }

    @Override
    public ResolvedService<ModelBackend> model() {
        return resolved(run.model(), run.modelParameters());
    }

    @Override
    public ResolvedService<StimulusSet> stimulus() {
        return resolved(run.stimulus(), run.stimulusParameters());
    }

    @Override
    public List<ResolvedService<TuningMetric>> metrics() {
        return resolved(run.metrics(), run.metricParameters());
    }

    @Override
    public List<ResolvedService<ReceptiveFieldEstimator>> estimators() {
        return resolved(run.estimators(), run.estimatorParameters());
    }

    @Override
    public Optional<ResolvedService<StimulusSet>> prediction() {
        return run.prediction() == null ? Optional.empty() : Optional.of(resolved(run.prediction(), run.predictionParameters()));
    }

    @Override
    public LoadedModel loadedModel() {
        return open().model();
    }

    @Override
    public Probe probe() {
        return open().probe();
    }

    @Override
    public List<LayerInfo> layers() {
        return open().layers();
    }

    @Override
    public Optional<RfWindow> receptiveField(String layer) {
        OpenedRun o = open();
        if (o.layers().stream().noneMatch(l -> l.name().equals(layer))) {
            throw new IllegalArgumentException("the run has no layer '" + layer + "'");
        }
        return Optional.ofNullable(o.windows().get(layer));
    }

    @Override
    public StimulusSequence stimuli() {
        return open().sequence();
    }

    @Override
    public StimulusFormat format() {
        return open().format();
    }

    @Override
    public int batchSize() {
        return open().batchSize();
    }

    @Override
    public StoredResponses responses() {
        return new StoredResponses(probed, responses.stream().map(LayerResponses::activations).toList(), failures.keySet());
    }

    @Override
    public <T> void put(Key<T> key, T value) {
        board.put(key, key.type().cast(value));
    }

    @Override
    public <T> Optional<T> get(Key<T> key) {
        return Optional.ofNullable(key.type().cast(board.get(key)));
    }

    @Override
    public void manifest(String key, Object value) {
        manifest.put(key, value);
    }

    @Override
    public void time(String phase, double seconds) {
        manifest.time(phase, seconds);
    }

    @Override
    public void summary(String line) {
        summaries.add(line);
    }

    @Override
    public ResultSink results() {
        return results;
    }

    @Override
    public RunListener listener() {
        return listener;
    }

    @Override
    public Phase phase(String name, long total) {
        ProgressMeter meter = new ProgressMeter(name, total);
        listener.progress(meter.at(0)); // the phase's start shows in the log (and kill tests can aim at it)
        return new Phase() {
            @Override
            public void done(long done) {
                listener.progress(meter.at(done));
            }

            @Override
            public double seconds() {
                return meter.seconds();
            }
        };
    }

    @Override
    public Checkpoints checkpoints() {
        return checkpoints.stages();
    }

    @Override
    public boolean stopRequested() {
        return stop.requested();
    }

    private OpenedRun open() {
        if (opened == null) {
            throw new IllegalStateException("the model, probe and stimuli are not open yet");
        }
        return opened;
    }

    private static <T extends Described> ResolvedService<T> resolved(Provided<T> p, Parameters parameters) {
        return new ResolvedService<>(p.id(), p.version(), p.provider(), p.service(), parameters);
    }

    private static <T extends Described> List<ResolvedService<T>> resolved(List<Provided<T>> ps, List<Parameters> parameters) {
        List<ResolvedService<T>> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            out.add(resolved(ps.get(i), parameters.get(i)));
        }
        return List.copyOf(out);
    }
}
