package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unitscope.api.UnitscopeException;
import org.unitscope.report.HtmlReport;
import org.unitscope.report.StudyResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unitscope report DIR}: (re)draws the HTML report of a study folder or of one run's results folder. */
@Command(name = "report", description = "Draw the HTML report (index.html, figures as PNG and SVG, report.json) of a study folder "
        + "(reproduce --out) or of one run's results folder; it opens offline in any browser.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a study folder (with study.json) or a run's results folder (with manifest.json)")
    Path folder;

    @Option(names = "--out", description = "report folder (default: DIR/report); replaced whole when the new report is complete")
    Path outDir;

    private final PrintStream out;

    ReportCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new UnitscopeException("not a folder: " + folder.toAbsolutePath());
        }
        Path target = (outDir != null ? outDir : folder.resolve("report")).toAbsolutePath();
        out.println(write(folder.toAbsolutePath(), target));
        return UnitscopeCli.OK;
    }

    /** Draws the report and says where it is; shared with reproduce, which draws one when its study completes. */
    static String write(Path folder, Path target) throws java.io.IOException {
        long t0 = System.nanoTime();
        HtmlReport.Contents c;
        try {
            c = HtmlReport.write(StudyResults.read(folder), target);
        } catch (java.io.IOException e) {
            throw new UnitscopeException("cannot draw the report of " + folder + ": " + e.getMessage(), e);
        }
        return String.format(Locale.ROOT, "report: %s (%d tables, %d figures, %.1f s)", target.resolve("index.html"), c.tables().size(),
                c.figures().size(), (System.nanoTime() - t0) / 1e9);
    }
}
