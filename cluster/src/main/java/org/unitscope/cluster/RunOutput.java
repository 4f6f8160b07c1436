package org.unitscope.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Sends what a run prints to that run's log file. Several runs share an executor JVM (one per task slot) and the
 * commands print to System.out / System.err, so both are replaced once by streams that write to the log of the run
 * the printing thread belongs to (threads a run starts inherit it), and to the JVM's own streams otherwise.
 * The run's error output is also kept, to name the reason of a failure in survey.json; a capture may also pass each
 * line the run prints (ended by a newline or, as a console's progress line, a carriage return) to a consumer.
 */
final class RunOutput implements AutoCloseable {
    private static final InheritableThreadLocal<RunOutput> CURRENT = new InheritableThreadLocal<>();
    private static boolean installed;

    private final OutputStream log;
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final Consumer<String> lines;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private volatile boolean open = true;

    private RunOutput(OutputStream log, Consumer<String> lines) {
        this.log = log;
        this.lines = lines;
    }

    static synchronized void install() {
        if (!installed) {
            System.setOut(new PrintStream(new Routed(System.out, false), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Routed(System.err, true), true, StandardCharsets.UTF_8));
            installed = true;
        }
    }

    /** Routes the calling thread's output (and that of threads it starts) to {@code logFile} until closed. */
    static RunOutput capture(Path logFile) throws IOException {
        return capture(logFile, null);
    }

    /** As {@link #capture(Path)}, and each line printed also to {@code lines} (on the printing thread). */
    static RunOutput capture(Path logFile, Consumer<String> lines) throws IOException {
        Files.createDirectories(logFile.getParent());
        RunOutput out = new RunOutput(Files.newOutputStream(logFile), lines);
        CURRENT.set(out);
        return out;
    }

    /** The last non-blank line the run printed to its error stream, or "" when none. */
    String lastErrorLine() {
        String[] lines;
        synchronized (errors) {
            lines = errors.toString(StandardCharsets.UTF_8).split("\\R");
        }
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        open = false;
        CURRENT.remove();
        synchronized (log) {
            log.close();
        }
    }

    private void write(byte[] b, int off, int len, boolean error) throws IOException {
        synchronized (log) {
            log.write(b, off, len);
        }
        if (error) {
            synchronized (errors) {
                errors.write(b, off, len);
            }
        }
        if (lines != null) {
            split(b, off, len);
        }
    }

    /** Passes the completed lines on; out and err share one buffer, as they share a terminal. */
    private void split(byte[] b, int off, int len) {
        synchronized (line) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n' || b[i] == '\r') {
                    if (line.size() > 0) {
                        lines.accept(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    }
                } else {
                    line.write(b[i]);
                }
            }
        }
    }

    /** System.out or System.err: to the current run's log, else (no run, or a pool thread of a finished run) the JVM's. */
    private static final class Routed extends OutputStream {
        private final PrintStream fallback;
        private final boolean error;

        Routed(PrintStream fallback, boolean error) {
            this.fallback = fallback;
            this.error = error;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            RunOutput run = CURRENT.get();
            if (run != null && run.open) {
                run.write(b, off, len, error);
            } else {
                fallback.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            fallback.flush();
        }
    }
}
