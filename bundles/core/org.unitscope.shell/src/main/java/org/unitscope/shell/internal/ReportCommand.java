package org.unitscope.shell.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    @Parameters(index = "0", paramLabel = "DIR", description = "a study folder (with study.json) or a run's results folder (with manifest.json)")
    Path folder;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OTHER",
            description = "a second folder: a comparison report of DIR against OTHER (e.g. the untrained control)")
    Path other;

    @Option(names = "--out", description = "report folder (default: DIR/report, or DIR/compare-OTHER for a comparison); replaced "
            + "whole when the new report is complete")
    Path outDir;

    private final PrintStream out;

    ReportCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        for (Path p : other == null ? List.of(folder) : List.of(folder, other)) {
            if (!Files.isDirectory(p)) {
                throw new UnitscopeException("not a folder: " + p.toAbsolutePath());
            }
        }
        if (other == null) {
            out.println(write(folder.toAbsolutePath(), (outDir != null ? outDir : folder.resolve("report")).toAbsolutePath()));
            return UnitscopeCli.OK;
        }
        Map<String, StudyResults> studies = new LinkedHashMap<>();
        String a = label(folder);
        String b = label(other).equals(a) ? a + "-2" : label(other);
        studies.put(a, read(folder));
        studies.put(b, read(other));
        Path target = (outDir != null ? outDir : folder.resolve("compare-" + b)).toAbsolutePath();
        long t0 = System.nanoTime();
        out.println(describe(target, HtmlReport.write(studies, target), t0));
        return UnitscopeCli.OK;
    }

    /** Draws the report and says where it is; shared with reproduce, which draws one when its study completes. */
    static String write(Path folder, Path target) throws java.io.IOException {
        long t0 = System.nanoTime();
        return describe(target, HtmlReport.write(read(folder), target), t0);
    }

    private static StudyResults read(Path folder) {
        try {
            return StudyResults.read(folder.toAbsolutePath());
        } catch (java.io.IOException | RuntimeException e) {
            throw new UnitscopeException("cannot draw the report of " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** A folder's name as a label of tables, figures and file names (letters, digits and '-'). */
    private static String label(Path folder) {
        String name = folder.toAbsolutePath().normalize().getFileName().toString().replaceAll("[^A-Za-z0-9-]+", "-");
        return name.isEmpty() ? "results" : name;
    }

    private static String describe(Path target, HtmlReport.Contents c, long t0) {
        return String.format(Locale.ROOT, "report: %s (%d tables, %d figures, %.1f s)", target.resolve("index.html"), c.tables().size(),
                c.figures().size(), (System.nanoTime() - t0) / 1e9);
    }
}
