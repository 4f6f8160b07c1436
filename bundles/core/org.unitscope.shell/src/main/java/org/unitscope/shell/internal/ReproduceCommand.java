package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.shell.internal.study.Study;
import org.unitscope.shell.internal.study.StudyOptions;
import org.unitscope.shell.internal.study.StudyRecord;
import org.unitscope.shell.internal.study.StudyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unitscope reproduce}: the source paper's study in one command (the study is {@code conf/study/paper.json}). */
@Command(name = "reproduce", description = "Run the source paper's study: grating tuning (with the blank and F1/F0), category "
        + "selectivity, AWA and AWC receptive fields with their tests, and whether they predict the tuning; every conv layer. "
        + "Interrupted, it resumes with the part it stopped in.")
final class ReproduceCommand implements Callable<Integer> {
    @Option(names = "--model", description = "model id (default: the study's, the Fashion-MNIST reference VGG16)")
    String model;

    @Option(names = "--weights", description = "weight file for the model (e.g. an ImageNet VGG16 .h5, .pt or .params)")
    Path weights;

    @Option(names = "--images", description = "natural images, one sub-folder per category, for the category part "
            + "(default: the Fashion-MNIST test set)")
    Path images;

    @Option(names = "--out", description = "results folder (default: results/study); one sub-folder per part and study.json")
    Path outDir = Path.of("results", "study");

    @Option(names = "--study", description = "another study file (default: conf/study/paper.json of the distribution)")
    Path studyFile;

    @Option(names = "--plan", description = "print each part's run description (with the options applied) and exit")
    boolean planOnly;

    private final AnalysisRunner runner;
    private final AtomicReference<RunHandle> current;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean console;

    ReproduceCommand(AnalysisRunner runner, AtomicReference<RunHandle> current, PrintStream out, PrintStream err, boolean console) {
        this.runner = runner;
        this.current = current;
        this.out = out;
        this.err = err;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Path file = studyFile != null ? studyFile : Path.of(System.getProperty("unitscope.home", "."), "conf", "study", "paper.json");
        if (!Files.isRegularFile(file)) {
            throw new UnitscopeException("study not found: " + file.toAbsolutePath());
        }
        for (Path p : new Path[] {weights, images}) {
            if (p != null && !Files.exists(p)) {
                throw new UnitscopeException("not found: " + p.toAbsolutePath());
            }
        }
        Study study = Study.read(file);
        StudyOptions options = new StudyOptions(model, weights, images);
        StudyRun run = new StudyRun(runner, new ProgressPrinter(err, console), current::set, out);
        if (planOnly) {
            List<RunDescription> plan = run.plan(study, options);
            for (int i = 0; i < plan.size(); i++) {
                out.println("# " + study.parts().get(i).name() + " (" + study.parts().get(i).run() + ")");
                out.println(runner.toJson(plan.get(i)));
            }
            return UnitscopeCli.OK;
        }
        Path dir = ResultsFolderOption.prepare("--out", outDir);
        RunOutcome.Status s = run.run(study, options, dir);
        out.println("study " + s.name().toLowerCase(java.util.Locale.ROOT) + ": " + dir + " (" + StudyRecord.FILE
                + " lists the parts; each part's folder is a run's results with its manifest.json)");
        if (s == RunOutcome.Status.COMPLETE) {
            out.println(ReportCommand.write(dir, dir.resolve("report")));
        }
        return switch (s) {
            case COMPLETE -> UnitscopeCli.OK;
            case INCOMPLETE -> UnitscopeCli.INCOMPLETE;
            case FAILED -> UnitscopeCli.ERROR;
        };
    }
}
