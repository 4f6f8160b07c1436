package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.stage.Phase;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * The probe pass: every stimulus rendered and pushed through the probe in batches, the activations copied into the
 * per-layer response arrays. A stop request is honoured between batches, and within one by the guard; what was probed
 * is kept, in memory and in the checkpoints ({@link ProbeCheckpoint}), from which a resumed run starts again at the
 * next batch. A probe part of a sharded run ({@link ProbePartRun}) probes only its blocks' stimuli into a file; a run
 * given probe-part files ({@link ProbedResponses}) reads every row from them and probes nothing.
 */
final class ProbeStage implements RunStage {
    private final RunContext context;
    private final ResolvedRun run;
    private final ProbeCheckpoint checkpoint;

    @Inject
    ProbeStage(RunContext context, ResolvedRun run, ProbeCheckpoint checkpoint) {
        this.context = context;
        this.run = run;
        this.checkpoint = checkpoint;
    }

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public int order() {
        return PROBE;
    }

    /**
     * Renders and probes one batch, each through the run's {@link PluginGuard}: a stimulus set or probe that hangs or
     * throws is named with the batch, and the batches before it are kept.
     */
    private Map<String, float[]> batch(OpenedRun o, int first, int n, float[] pixels) {
        String stimuli = PluginCall.stimuli(first, n);
        PluginGuard guard = context.guard();
        guard.call(PluginCall.of(run.stimulus(), "render of " + stimuli), () -> {
            o.sequence().render(first, n, pixels, 0);
            return null;
        });
        return guard.call(PluginCall.of(run.model(), "forward of " + stimuli), () -> o.probe().forward(pixels, n));
    }

    @Override
    public void run(StageContext ignored) throws IOException {
        OpenedRun o = context.opened();
        RfSharding sharding = context.description().rf().sharding();
        float[] batch = new float[o.batchSize() * o.format().pixelsPerStimulus()];
        if (sharding.mode() == RfSharding.Mode.PROBE) {
            new ProbePartRun(context).run(o, (first, n) -> batch(o, first, n, batch));
            return; // a probe part: its activations are in its file; nothing else of the run is needed
        }
        if (sharding.probed() != null) {
            Phase phase = ProbedResponses.fill(context, o, sharding.probed());
            record(o.sequence(), o.sequence().count(), 0, phase.seconds(), 0);
            return;
        }
        StimulusSequence sequence = o.sequence();
        int count = sequence.count();
        Phase phase = context.phase("probe", count);
        int restored = checkpoint.restore(o);
        int done = restored;
        while (done < count && !context.stopRequested()) {
            int n = Math.min(o.batchSize(), count - done);
            Map<String, float[]> act = batch(o, done, n, batch);
            for (LayerResponses r : context.layerResponses()) {
                r.put(done, n, act.get(r.layer));
            }
            done += n;
            context.probed(done);
            checkpoint.batchDone(done);
            phase.done(done);
        }
        checkpoint.save(done);
        context.failed(sequence.failures());
        record(sequence, done, restored, phase.seconds(), done - restored);
    }

    /** The probe's manifest entries: stimuli done and forwarded, the rate, what was skipped or failed. */
    private void record(StimulusSequence sequence, int done, int restored, double seconds, int forwarded) {
        Map<Integer, String> failures = new TreeMap<>(context.failures());
        context.time("probe", seconds);
        context.manifest("stimuli_done", done);
        context.manifest("stimuli_forwarded", forwarded);
        context.manifest("rate_stimuli_per_s", seconds > 0 ? Math.round((done - restored) / seconds * 10) / 10.0 : null);
        context.manifest("skipped_stimuli", sequence.skipped());
        context.manifest("failed_stimuli", failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        int skipped = sequence.skipped().size();
        if (skipped > 0 || !failures.isEmpty()) {
            context.listener().message(skipped + " item(s) skipped when opening the stimulus set, " + failures.size()
                    + " failed while rendering (left out of the metrics); the manifest lists each with its reason");
        }
    }
}
