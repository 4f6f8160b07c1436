package org.unitscope.api.stage;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.run.RunDescription;

/**
 * One step of a run. The engine's own stages are the probe pass ({@link #PROBE}), the tuning metrics
 * ({@link #METRICS}) and the result files ({@link #WRITE}); plugins register more as OSGi services
 * ({@code @Component(service = RunStage.class)}). One instance serves every run, possibly at once: keep per-run
 * state on the context's blackboard, not in fields.
 * <p>
 * A stage that sees {@link StageContext#stopRequested()} returns early; the engine then ends the run as
 * incomplete. A stage that throws fails the run, and the failure names the stage.
 */
@ConsumerType
public interface RunStage {
    /** The probe pass: every stimulus through the network, activations stored. */
    int PROBE = 100;
    /** Tuning metrics per layer, from the stored responses. */
    int METRICS = 200;
    /** Receptive-field estimation by reverse correlation. */
    int RECEPTIVE_FIELDS = 300;
    /** Whether the receptive fields predict the tuning. */
    int PREDICTION = 400;
    /** units.csv, curves.npz, responses.npz, summary.txt: last, so every summary line is in. */
    int WRITE = 900;

    /** Unique among the stages present; named in failures and messages. */
    String id();

    /** Position in the run, ascending (ties by id); the constants above are the built-in slots. */
    int order();

    /** Whether the stage takes part in this run; decided before the model loads. */
    default boolean appliesTo(RunDescription run) {
        return true;
    }

    /**
     * Called for every applicable stage, in order, after the model, probe and stimuli are open and before any
     * stage runs: check and plan here, so a run that cannot finish fails before the long probe pass.
     */
    default void prepare(StageContext context) throws IOException {
    }

    void run(StageContext context) throws IOException;
}
