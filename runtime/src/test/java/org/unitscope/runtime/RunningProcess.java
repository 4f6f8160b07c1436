package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * bin/unitscope started as a user runs it, with its stderr in a file: waiting for a line of it, sending it a signal,
 * waiting for its end. Shared by the integration tests that stop, kill or time a run.
 */
final class RunningProcess {
    private final Process process;
    private final Path stderr;

    private RunningProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /**
     * Starts {@code script} (a bin/unitscope) with {@code args}; stderr goes to {@code stderr}, stdout to {@code stdout}
     * (null: discarded); {@code javaOpts} is UNITSCOPE_JAVA_OPTS.
     */
    static RunningProcess start(Path script, Path stderr, Path stdout, String javaOpts, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(script.toString());
        cmd.addAll(List.of(args));
        Files.createDirectories(stderr.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile())
                .redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        pb.environment().put("UNITSCOPE_JAVA_OPTS", javaOpts);
        return new RunningProcess(pb.start(), stderr);
    }

    /** The distribution's bin/unitscope. */
    static RunningProcess start(Path stderr, String javaOpts, String... args) throws IOException {
        return start(Dist.get().home().resolve("bin/unitscope"), stderr, null, javaOpts, args);
    }

    Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What it has written to stderr so far. */
    String stderr() throws IOException {
        return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
    }

    /** Waits until a line of stderr matches; fails, with stderr, when the process ends or the time runs out first. */
    void awaitLine(Predicate<String> line, long seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            if (stderr().lines().anyMatch(line)) {
                return;
            }
            Thread.sleep(20);
        }
        if (!stderr().lines().anyMatch(line)) {
            throw new AssertionError("the run never reached the expected line (alive: " + process.isAlive() + "):\n" + stderr());
        }
    }

    /** Sends {@code signal} (INT, TERM, KILL) and returns the seconds until the process ended (at most 60 s). */
    double signalAndTime(String signal) throws Exception {
        long t0 = System.nanoTime();
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
        assertThat(Dist.ended(process, 60)).isTrue();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds from a signal to the manifest saying the run stopped ({@code stopped}) and to the process's end. */
    record Stop(double stopped, double exited) {
    }

    /**
     * Sends {@code signal} and times two moments: the manifest at {@code manifest} first saying {@code incomplete} (the
     * run stopped and kept its work; the process's end if that comes first) and the process's end. They differ by the
     * JVM's own exit, which waits for its JIT compiler threads to reach a safe point.
     */
    Stop signalAndTimeStop(String signal, Path manifest) throws Exception {
        long t0 = System.nanoTime();
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
        double stopped = -1;
        long deadline = System.currentTimeMillis() + 60_000;
        while (process.isAlive() && stopped < 0 && System.currentTimeMillis() < deadline) {
            if (Files.exists(manifest) && Files.readString(manifest, StandardCharsets.UTF_8).contains("\"status\": \"incomplete\"")) {
                stopped = (System.nanoTime() - t0) / 1e9;
            } else {
                Thread.sleep(5);
            }
        }
        assertThat(Dist.ended(process, 60)).isTrue();
        double exited = (System.nanoTime() - t0) / 1e9;
        return new Stop(stopped < 0 ? exited : stopped, exited);
    }

    /** SIGKILL at once (no `kill` process to start), then waits for the end. */
    void kill() throws Exception {
        process.destroyForcibly();
        assertThat(Dist.ended(process, 30)).isTrue();
    }

    /** Waits for the end (failing with its threads after {@code seconds}) and returns the exit code. */
    int exit(long seconds) throws Exception {
        assertThat(Dist.ended(process, seconds)).isTrue();
        return process.exitValue();
    }
}
