package org.unitscope.api.stage;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/**
 * What a stage sees of its run; implemented by the engine, one per run, used from the run's thread. The model,
 * probe and stimulus sequence are open for the whole run and closed by the engine.
 */
@ProviderType
public interface StageContext {

    RunDescription description();

    ResolvedService<ModelBackend> model();

    ResolvedService<StimulusSet> stimulus();

    List<ResolvedService<TuningMetric>> metrics();

    List<ResolvedService<ReceptiveFieldEstimator>> estimators();

    /** The prediction stimuli, when the run names them. */
    Optional<ResolvedService<StimulusSet>> prediction();

    LoadedModel loadedModel();

    /** The probe on the run's layers, in the order of {@link #layers()}. */
    Probe probe();

    List<LayerInfo> layers();

    /**
     * Where the read-out unit of {@code layer} looks in the probe's input, derived once per run from the model's
     * geometry, the run's readout and the probe's crop ({@link org.unitscope.api.model.ModelDescription#readoutWindow});
     * empty for the spatial-mean readout.
     */
    Optional<RfWindow> receptiveField(String layer);

    StimulusSequence stimuli();

    StimulusFormat format();

    /** Stimuli per forward pass. */
    int batchSize();

    /** What the probe pass has stored so far (all rows once the probe stage has run). */
    StoredResponses responses();

    /** Puts what this stage produced, for later stages. */
    <T> void put(Key<T> key, T value);

    <T> Optional<T> get(Key<T> key);

    /** A top-level section of manifest.json (maps, lists, strings, numbers); written with the next manifest update. */
    void manifest(String key, Object value);

    /** Seconds a phase took, under "timings_s" in the manifest. */
    void time(String phase, double seconds);

    /** A line of summary.txt and of the run's outcome. */
    void summary(String line);

    /** The run's output folder: files written atomically and listed in the manifest. */
    ResultSink results();

    RunListener listener();

    /** A progress meter for a phase of {@code total} items, started now. */
    Phase phase(String name, long total);

    /**
     * Where this stage keeps finished work so that a resumed run skips it ({@link Checkpoints}).
     *
     * @since 1.2
     */
    default Checkpoints checkpoints() {
        return Checkpoints.NONE;
    }

    /** True once the run is asked to stop (cancel, shutdown, a provider gone): loops check it between batches. */
    boolean stopRequested();
}
