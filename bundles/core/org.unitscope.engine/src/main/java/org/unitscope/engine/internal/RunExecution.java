package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.engine.internal.json.RunDescriptionJson;
import org.unitscope.engine.internal.results.LayerResult;
import org.unitscope.engine.internal.results.Manifest;
import org.unitscope.engine.internal.results.ResultWriter;
import org.unitscope.engine.internal.sizing.RefusedBeforeWork;

/**
 * One run's orchestration: open the model, probe and stimuli ({@link RunOpener}), prepare then run every applicable
 * stage in order, and end in one of three ways: complete; incomplete (a stop was requested: cancel, Ctrl-C, a provider
 * gone; or a plugin call threw, hung past its timeout or was abandoned by the {@link PluginGuard}, which stops the run
 * naming it; what the probe stored is written, marked incomplete); failed (the engine or a refusal before any work
 * threw; the manifest says what).
 */
final class RunExecution {
    /** How long the partial results of a stopped run may take to write. */
    static final long PARTIAL_WRITE_MILLIS = 1000;
    private final ResolvedRun run;
    private final RunContext context;
    private final StopFlag stop;
    private final RunOpener opener;
    private final RunStages stages;
    private final ResultWriter writer;
    private final RunListener listener;
    private final Manifest manifest;
    private final StageCalls calls;
    private volatile List<ProvidedStage> planned;
    private volatile boolean refused;

    @Inject
    RunExecution(ResolvedRun run, RunContext context, StopFlag stop, RunOpener opener, RunStages stages, ResultWriter writer,
            RunListener listener, EngineInfo engine, RunDescriptionJson json, StageCalls calls) {
        this.run = run;
        this.context = context;
        this.stop = stop;
        this.opener = opener;
        this.stages = stages;
        this.writer = writer;
        this.listener = listener;
        this.calls = calls;
        this.manifest = context.manifestTree();
        manifest.put("unitscope", Map.of("version", engine.unitscopeVersion(), "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        manifest.put("run", json.toTree(run.description()));
    }

    ResolvedRun run() {
        return run;
    }

    /** Whether the run was refused before any work (it cannot fit): the launcher removes a folder made for it. */
    boolean refusedBeforeWork() {
        return refused;
    }

    void stop(String reason) {
        stop.stop(reason);
    }

    /** Whether the run depends on this stage (before the run has chosen its stages: whether it might). */
    boolean uses(ProvidedStage stage) {
        List<ProvidedStage> chosen = planned;
        return (chosen == null ? stages.candidates() : chosen).stream().anyMatch(s -> s.stage() == stage.stage());
    }

    RunOutcome execute() {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(context.folder().dir());
            manifest.write(context.folder().dir());
            opener.open();
            planned = stages.forRun(run.description());
            manifest.put("stages", ManifestTrees.stages(planned));
            for (ProvidedStage s : planned) {
                call(s, true);
            }
            manifest.write(context.folder().dir());
            for (ProvidedStage s : planned) {
                if (stop.requested()) {
                    break;
                }
                call(s, false);
                manifest.write(context.folder().dir());
            }
            return stop.requested() ? incomplete(t0) : complete(t0);
        } catch (RuntimeException | IOException | LinkageError e) {
            // when a stop was requested, a provider that went away underneath us fails as a symptom, not the cause
            return stop.requested() ? incomplete(t0) : failed(e, t0);
        } finally {
            context.closeAll();
        }
    }

    /** Prepares or runs one stage ({@link StageCalls}: plugin stages through the guard). */
    private void call(ProvidedStage s, boolean prepare) {
        calls.call(s, prepare);
    }

    private RunOutcome complete(long t0) throws IOException {
        manifest.time("total", (System.nanoTime() - t0) / 1e9);
        manifest.finish("complete", "ok");
        manifest.write(context.folder().dir());
        context.discardCheckpoints();
        return new RunOutcome(RunOutcome.Status.COMPLETE, context.folder().dir(), "complete: " + context.stimuliDone() + " stimuli",
                context.summaries());
    }

    private RunOutcome failed(Throwable e, long t0) {
        String message = message(e);
        manifest.finish("failed", message);
        manifest.time("total", (System.nanoTime() - t0) / 1e9);
        refused = e instanceof RefusedBeforeWork;
        writeQuietly();
        return new RunOutcome(RunOutcome.Status.FAILED, context.folder().dir(), message, context.summaries());
    }

    private RunOutcome incomplete(long t0) {
        String reason = stop.reason();
        int done = context.stimuliDone();
        List<String> lines = new ArrayList<>();
        lines.add("INCOMPLETE: " + reason);
        lines.add("stimuli done: " + done);
        try {
            writePartial(done, lines);
        } catch (IOException | RuntimeException e) {
            lines.add("partial results could not be written: " + e);
        }
        manifest.put("stimuli_done", done);
        manifest.time("total", (System.nanoTime() - t0) / 1e9);
        manifest.finish("incomplete", reason);
        writeQuietly();
        return new RunOutcome(RunOutcome.Status.INCOMPLETE, context.folder().dir(),
                "incomplete: " + reason + " (" + done + " stimuli done)", lines);
    }

    /**
     * The stored responses of the stimuli probed so far, without metrics; not over complete results already written.
     * A stop while the results were being written keeps the files written before it and adds only summary.txt. The
     * partial files get {@link #PARTIAL_WRITE_MILLIS}: a file still being written then is given up (the probe's rows
     * are in the checkpoints, for --resume), so the stop still ends within seconds.
     */
    private void writePartial(int done, List<String> lines) throws IOException {
        OpenedRun o = context.opened();
        if (o == null || context.layerResponses().isEmpty() || context.get(WriteStage.WRITTEN).isPresent()) {
            return;
        }
        Optional<String> stoppedAt = context.get(WriteStage.STOPPED_AT);
        if (stoppedAt.isPresent()) {
            lines.add("stopped while writing " + stoppedAt.get() + ": it and the files after it were not written"
                    + " (the manifest lists those that were); --resume writes them all");
            writeSummary(lines);
            return;
        }
        List<LayerResult> partial = new ArrayList<>();
        for (LayerResponses r : context.layerResponses()) {
            partial.add(new LayerResult(r.layer, r.units, done, r.store(), context.truth(r), Map.of()));
        }
        long deadline = System.nanoTime() + PARTIAL_WRITE_MILLIS * 1_000_000;
        StoppableSink sink = new StoppableSink(context.results(), () -> System.nanoTime() > deadline);
        try {
            writer.write(sink, partial, firstRows(o.labels(), done), lines);
        } catch (IOException e) {
            if (sink.stoppedAt() == null) {
                throw e;
            }
            lines.add(sink.stoppedAt() + " and the files after it were not written: they took longer than the stop allows;"
                    + " the probed rows are kept in the checkpoints: --resume continues from them");
            writeSummary(lines);
        }
    }

    private void writeSummary(List<String> lines) throws IOException {
        context.results().writeString(ResultWriter.SUMMARY, String.join("\n", lines) + "\n");
    }

    private static LabelTable firstRows(LabelTable labels, int rows) {
        double[][] cols = new double[labels.names().size()][];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = Arrays.copyOf(labels.columns()[i], rows);
        }
        return new LabelTable(labels.names(), cols, labels.levels());
    }

    static String message(Throwable e) {
        return e instanceof RuntimeException && e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private void writeQuietly() {
        try {
            manifest.write(context.folder().dir());
        } catch (IOException | RuntimeException e) {
            listener.message("could not write " + context.folder().dir().resolve(Manifest.FILE) + ": " + e);
        }
    }

    /** Whether the run uses the service of this directory entry (a model, stimulus set, metric or estimator). */
    boolean uses(ServiceEntry e) {
        return run.uses(e);
    }
}
