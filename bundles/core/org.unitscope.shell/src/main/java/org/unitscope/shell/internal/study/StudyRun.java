package org.unitscope.shell.internal.study;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;

/**
 * Runs a study's parts one after the other into {@code OUT/PART/}, each exactly as {@code unitscope run} would, and
 * keeps {@code OUT/study.json}. Every description is read and checked before anything runs; a part already complete
 * for the same description is kept, so an interrupted study resumes with the part it stopped in; the first part that
 * does not complete ends the study with its status.
 */
public final class StudyRun {
    private final AnalysisRunner runner;
    private final RunListener listener;
    private final Consumer<RunHandle> current;
    private final PrintStream out;

    /** @param current told the handle of the part running (so Ctrl-C can stop it), then null */
    public StudyRun(AnalysisRunner runner, RunListener listener, Consumer<RunHandle> current, PrintStream out) {
        this.runner = runner;
        this.listener = listener;
        this.current = current;
        this.out = out;
    }

    /** The parts' descriptions with the options applied, in order; reading or checking one fails before anything runs. */
    public List<RunDescription> plan(Study study, StudyOptions options) {
        List<RunDescription> plan = new ArrayList<>();
        for (Study.Part p : study.parts()) {
            try {
                plan.add(options.apply(p, runner.parse(Files.readString(p.run()))));
            } catch (IOException e) {
                throw new UnitscopeException("study part '" + p.name() + "': cannot read " + p.run() + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new UnitscopeException("study part '" + p.name() + "' (" + p.run() + "): " + e.getMessage(), e);
            }
        }
        return plan;
    }

    public RunOutcome.Status run(Study study, StudyOptions options, Path folder) throws IOException, InterruptedException {
        List<RunDescription> plan = plan(study, options);
        StudyRecord record = StudyRecord.open(folder, study.name(), options.asMap());
        for (int i = 0; i < plan.size(); i++) {
            Study.Part part = study.parts().get(i);
            String json = runner.toJson(plan.get(i));
            if (record.done(part.name(), json)) {
                out.printf(Locale.ROOT, "[%d/%d] %s: complete in %s (kept from an earlier run)%n", i + 1, plan.size(), part.name(),
                        folder.resolve(part.name()));
                continue;
            }
            out.printf(Locale.ROOT, "[%d/%d] %s: %s%n", i + 1, plan.size(), part.name(), plan.get(i).name());
            long t0 = System.nanoTime();
            boolean resume = record.resumable(part.name(), json);
            record.record(part.name(), json, "running", 0, ""); // so a kill leaves a part that the next try resumes
            RunOutcome o = runPart(plan.get(i), folder.resolve(part.name()), resume);
            record.record(part.name(), json, o.status().name().toLowerCase(Locale.ROOT), (System.nanoTime() - t0) / 1e9, o.message());
            if (o.status() != RunOutcome.Status.COMPLETE) {
                record.finish(o.status().name().toLowerCase(Locale.ROOT));
                out.printf(Locale.ROOT, "%s: %s (%s); run reproduce again with the same options to resume from this part%n",
                        part.name(), o.status().name().toLowerCase(Locale.ROOT), o.message());
                return o.status();
            }
        }
        record.finish("complete");
        return RunOutcome.Status.COMPLETE;
    }

    private RunOutcome runPart(RunDescription d, Path dir, boolean resume) throws InterruptedException {
        RunHandle h = resume ? resumeOrRedo(d, dir) : runner.start(d, dir, listener, ExistingResults.REPLACE);
        current.accept(h);
        try {
            RunOutcome o = h.await();
            o.layerSummaries().forEach(out::println);
            return o;
        } finally {
            current.accept(null);
        }
    }

    /** The part's stopped run continues from its checkpoints; when it cannot (say why), the part is redone. */
    private RunHandle resumeOrRedo(RunDescription d, Path dir) {
        try {
            RunHandle h = runner.resume(dir, listener);
            out.println("  resuming the run stopped in " + dir);
            return h;
        } catch (UnitscopeException e) {
            out.println("  cannot resume the run in " + dir + " (" + e.getMessage() + "): running the part again");
            return runner.start(d, dir, listener, ExistingResults.REPLACE); // a part redone replaces what an earlier try left
        }
    }
}
