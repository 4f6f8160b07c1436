package org.unitscope.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * {@code unitscope} with no arguments (or "shell"): the workbench with the Gogo shell on the terminal.
 * {@code unitscope CMD ARGS}: starts the workbench, runs one command, stops; the exit code is the command's.
 * Ctrl-C (or SIGTERM) stops the framework, and with it any run in progress, which writes what it has first; the
 * command then exits with 3, "incomplete" (with its own exit code when it had already returned: a run that completed).
 */
public final class Main {
    /** The exit status of a command stopped by a signal: the commands' "incomplete". */
    static final int INTERRUPTED = 3;
    /** How long, after a signal and once the run has written its results, the framework may take to stop. */
    static final long SIGNAL_STOP_WAIT_MILLIS = 300;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // offline, always: DJL must never reach a model hub or telemetry
        System.setProperty("ai.djl.offline", "true");
        Distribution dist = new Distribution(Path.of(System.getProperty("unitscope.home", ".")).toAbsolutePath().normalize());
        boolean interactive = args.length == 0 || (args.length == 1 && args[0].equals("shell"));
        long t0 = System.nanoTime();
        Workbench wb = Workbench.start(dist, List.of(), interactive, Map.of());
        AtomicBoolean closed = new AtomicBoolean();
        // the command's own exit code once it has returned: a signal that comes after a run completed is no "incomplete"
        AtomicReference<Integer> returned = new AtomicReference<>();
        Thread hook = new Thread(() -> {
            if (closed.compareAndSet(false, true)) {
                if (interactive) {
                    wb.close();
                } else {
                    // the run has written what it has once the commands bundle is stopped: the rest need not hold
                    // up a user waiting on Ctrl-C (issue 14: stop within 2 s)
                    wb.closeForSignal(SIGNAL_STOP_WAIT_MILLIS);
                }
                if (!interactive) {
                    // stopped by a signal (Ctrl-C, SIGTERM) after the run wrote what it had: the documented "incomplete"
                    // status rather than the signal's 130 or 143, so scripts can tell a stopped run from a crash
                    System.out.flush();
                    System.err.flush();
                    Integer code = returned.get();
                    Runtime.getRuntime().halt(code == null ? INTERRUPTED : code);
                }
            }
        }, "unitscope-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code;
        Function<String[], Integer> cli = wb.commands(60_000);
        if (interactive) {
            System.err.printf("unitscope workbench ready in %.1f s. Commands: unitscope:models, unitscope:run --config F --out D, ..."
                    + " ('help'; 'exit 0' or Ctrl-D to leave)%n", (System.nanoTime() - t0) / 1e9);
            wb.startShell();
            wb.waitForStop();
            code = 0;
        } else {
            code = cli.apply(args);
            returned.set(code);
        }
        if (closed.compareAndSet(false, true)) {
            Runtime.getRuntime().removeShutdownHook(hook);
            wb.close();
        }
        System.exit(code);
    }
}
