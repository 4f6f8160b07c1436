package org.unitscope.shell.internal;

import java.io.PrintStream;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunProgress;

/**
 * Progress on the terminal: one line rewritten in place on a console, otherwise a line at most every
 * two seconds (logs, Gogo sessions, pipes), and always the first and the last line of each phase, so a log shows when
 * each phase began and ended.
 */
final class ProgressPrinter implements RunListener {
    private final PrintStream err;
    private final boolean console;
    private long last;
    private boolean open;
    private String phase;

    ProgressPrinter(PrintStream err, boolean console) {
        this.err = err;
        this.console = console;
    }

    @Override
    public synchronized void progress(RunProgress p) {
        long now = System.nanoTime();
        boolean end = p.done() >= p.total();
        boolean first = !p.phase().equals(phase);
        phase = p.phase();
        if (!end && !first && now - last < (console ? 200_000_000L : 2_000_000_000L)) {
            return;
        }
        last = now;
        if (console) {
            err.print("\r" + p.line() + "   ");
            open = !end;
            if (end) {
                err.println();
            }
        } else {
            err.println(p.line());
        }
        err.flush();
    }

    @Override
    public synchronized void message(String line) {
        if (open) {
            err.println();
            open = false;
        }
        err.println(line);
    }
}
