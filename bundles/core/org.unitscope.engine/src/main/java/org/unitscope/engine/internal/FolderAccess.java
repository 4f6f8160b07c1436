package org.unitscope.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.engine.internal.folder.Heartbeat;
import org.unitscope.engine.internal.folder.ResultsFolder;
import org.unitscope.engine.internal.results.Manifest;

/**
 * The run's side of its {@link ResultsFolder}: taken before the run is built, beaten while it runs, handed back when
 * it ends, with the outcome pointing at where the files are (a replacing run's files move into the folder).
 */
final class FolderAccess {
    private FolderAccess() {
    }

    interface Opening {
        ResultsFolder open() throws IOException;
    }

    /** Takes the folder; an I/O failure is an error that names the folder's problem, not a stack trace. */
    static ResultsFolder open(Opening opening) {
        try {
            return opening.open();
        } catch (IOException e) {
            throw new UnitscopeException("cannot use the results folder: " + describe(e), e);
        }
    }

    /** Runs the execution while the folder's owner beats; then releases the folder. */
    static RunOutcome own(ResultsFolder folder, Manifest manifest, Supplier<RunOutcome> execution) throws IOException {
        try (ResultsFolder f = folder) {
            RunOutcome o;
            try (Heartbeat beat = Heartbeat.start(() -> beat(manifest, f), Heartbeat.configuredSeconds())) {
                o = execution.get();
            }
            boolean complete = o.status() == RunOutcome.Status.COMPLETE;
            boolean failed = o.status() == RunOutcome.Status.FAILED;
            String message = f.replacing() && !complete ? o.message() + (failed ? "; the results already in " + f.dir() + " are unchanged"
                    : "; the results already in " + f.dir() + " are unchanged, this run's are in " + f.target()) : o.message();
            return new RunOutcome(o.status(), f.ended(complete, failed), message, o.layerSummaries());
        }
    }

    static void release(ResultsFolder folder) {
        try {
            folder.close();
        } catch (IOException e) {
            // the OS drops the lock with the process anyway
        }
    }

    private static void beat(Manifest manifest, ResultsFolder folder) {
        manifest.beat();
        try {
            manifest.write(folder.target());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return (e.getMessage() == null ? "" : e.getMessage() + ": ") + what;
    }
}
