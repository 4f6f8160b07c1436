package org.unitscope.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunOutcome;

/**
 * The run of one part of a sharded reverse correlation ({@code rf-probe}, {@code rf-shard}, {@code rf-patches}): its results folder is a
 * temporary one beside the part's file ({@code FILE.run}), removed when the run completes; what counts is the file.
 */
final class PartRun {
    private final AnalysisRunner runner;
    private final AtomicReference<RunHandle> current;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean console;

    PartRun(AnalysisRunner runner, AtomicReference<RunHandle> current, PrintStream out, PrintStream err, boolean console) {
        this.runner = runner;
        this.current = current;
        this.out = out;
        this.err = err;
        this.console = console;
    }

    /** The run description in {@code config}, parsed; a missing file is named. */
    RunDescription description(Path config) throws IOException {
        if (!Files.isRegularFile(config)) {
            throw new UnitscopeException("run description not found: " + config.toAbsolutePath());
        }
        return runner.parse(Files.readString(config));
    }

    /** Throws naming what in {@code d} does not resolve (a service missing, a parameter refused), as a run would. */
    void check(RunDescription d) {
        runner.check(d);
    }

    /** Runs {@code d}, which writes {@code file}; {@code what} names the part in the lines printed ("rf shard"). */
    int run(RunDescription d, Path file, String what, String done) throws IOException, InterruptedException {
        Path dir = file.resolveSibling(file.getFileName() + ".run");
        deleteTree(dir);
        RunHandle h = runner.start(d, ResultsFolderOption.prepare("--out", dir), new ProgressPrinter(err, console), ExistingResults.REFUSE);
        current.set(h);
        RunOutcome o;
        try {
            o = h.await();
        } finally {
            current.compareAndSet(h, null);
        }
        switch (o.status()) {
            case COMPLETE -> {
                deleteTree(dir);
                out.println(done);
                return UnitscopeCli.OK;
            }
            case INCOMPLETE -> {
                err.println(what + " did not complete: " + o.message() + "; nothing written to " + file);
                return UnitscopeCli.INCOMPLETE;
            }
            default -> {
                err.println(what + " failed: " + o.message() + " (its run folder: " + dir + ")");
                return UnitscopeCli.ERROR;
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
