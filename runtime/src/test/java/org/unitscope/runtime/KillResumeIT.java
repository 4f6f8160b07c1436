package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill-and-resume battery of issue 14: a small reverse-correlation run of the synthetic network (probe, streaming
 * AWA passes, AWC on the patch matrix, results) is run once uninterrupted; then, in each of {@value #CHAINS} chains,
 * the run is started, killed with SIGKILL at a random moment of the load phase, resumed with {@code run --resume} and
 * killed in the probe, resumed and killed in the RF passes, in the analysis (AWC on the patch matrix), in the writing,
 * and resumed to the end. Every chain's units.csv, responses.npz and rf.npz must equal the uninterrupted run's, byte for
 * byte, and every phase must have had at least {@value #KILLS_PER_PHASE} kills land in it, as the log the killed
 * process left says (more chains are run, up to {@value #MAX_CHAINS}, while one has not). The moment of each kill is a
 * uniform delay after the phase's first line, within the first half of the phase's duration in the uninterrupted run
 * (seeded; the seed is printed, and {@code -Dunitscope.kill.seed=...} repeats a battery). A chain of SIGTERMs, one per
 * phase, checks the stop: exit code 3 within 2 s, the manifest incomplete, and the resumed results equal.
 */
class KillResumeIT {
    private static final int CHAINS = 5;
    /** Chains run beyond {@link #CHAINS} while a phase has fewer than {@link #KILLS_PER_PHASE} kills that landed in it. */
    private static final int MAX_CHAINS = 8;
    private static final int KILLS_PER_PHASE = 5;
    private static final double STOP_LIMIT_SECONDS = 2.0;
    /** The process's end after a stop in the load, the JVM's first seconds, when its JIT is busiest (docs/ROBUSTNESS.md). */
    private static final double LOAD_EXIT_LIMIT_SECONDS = 5.0;
    /**
     * 41 px input, batches of 20: a probe of a few seconds (the convolution runs over the whole input) and an RF pass
     * of about a second, long enough for a random moment to fall inside them; the RF patch is still 21 px (d = 49).
     */
    private static final String CONFIG = "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 41, \"rf\": 21},"
            + " \"layers\": [\"complex\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 800},"
            + " \"metrics\": [], \"estimators\": [{\"id\": \"awa\", \"shuffles\": 19, \"alpha\": 0.1},"
            + " {\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1, \"matrixFreeFrom\": 0}],"
            + " \"receptiveField\": {\"grid\": 8, \"maxMemory\": \"8m\"}, \"seed\": 3, \"batchSize\": 20}";
    private static final List<String> COMPARED = List.of("units.csv", "responses.npz", "rf.npz");
    private static final Pattern READ_BACK = Pattern.compile("resuming: (\\d+) of");

    /** The phases in order, each known by the first line it prints. */
    enum Phase {
        LOAD("loading model backend"), PROBE("probe "), RF_PASSES("rf pass "), ANALYSIS("rf patch matrix", "rf awc "),
        WRITING("writing the results");

        final List<String> markers;

        Phase(String... markers) {
            this.markers = List.of(markers);
        }

        boolean seenIn(String log) {
            return markers.stream().anyMatch(log::contains);
        }
    }

    /**
     * Each kill comes at a uniform moment within the first half of its phase as the uninterrupted run timed it: phases
     * last longer or shorter from process to process (a resumed process loads faster; other builds share the cores),
     * and a kill that misses its phase lands in the next one.
     */
    private static final double WINDOW = 0.5;

    /** One folder for the class: the uninterrupted run is made once and compared with by every test. */
    @TempDir
    static Path tmp;
    private static Map<Phase, Long> durations;

    private int started;

    private RunningProcess start(Path stderr, String... args) throws IOException {
        started++;
        // checkpoints every second, so that kills find some; the default (30 s) would leave none in so short a run
        return RunningProcess.start(stderr, "-Xmx1g -Dunitscope.checkpoint.seconds=1", args);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** The latest phase whose line has appeared. */
    private static Phase reached(String log) {
        Phase last = null;
        for (Phase p : Phase.values()) {
            if (p.seenIn(log)) {
                last = p;
            }
        }
        return last;
    }

    /** The uninterrupted run into tmp/whole, once; each phase's duration in it (ms). */
    private synchronized Map<Phase, Long> whole() throws Exception {
        if (durations == null) {
            long t0 = System.nanoTime();
            durations = uninterrupted(Dist.writeConfig(tmp, CONFIG), tmp.resolve("whole"));
            System.out.println("uninterrupted run: phase durations (ms) " + durations + ", "
                    + Math.round((System.nanoTime() - t0) / 1e9) + " s");
        }
        return durations;
    }

    @Test
    void runsKilledAtRandomMomentsOfEveryPhaseResumeToTheResultsOfAnUninterruptedRun() throws Exception {
        long t0 = System.nanoTime();
        long seed = Long.getLong("unitscope.kill.seed", System.nanoTime());
        System.out.println("kill battery seed: " + seed + " (repeat with -Dunitscope.kill.seed=" + seed + ")");
        Random random = new Random(seed);
        Path config = Dist.writeConfig(tmp, CONFIG);
        whole();

        // per phase: kills aimed, of which in the phase, kills that landed in it, stimuli read back, resumes that found the run complete
        Map<Phase, int[]> figures = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            figures.put(p, new int[5]);
        }
        int chains = 0;
        while (chains < CHAINS || (chains < MAX_CHAINS && figures.values().stream().anyMatch(f -> f[2] < KILLS_PER_PHASE))) {
            Path out = tmp.resolve("chain-" + chains);
            chain(chains, config, out, random, figures, "KILL");
            assertEqualToUninterrupted(out, "chain " + chains);
            chains++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (Phase p : Phase.values()) {
            int[] f = figures.get(p);
            System.out.printf(Locale.ROOT, "%-10s kills aimed %d, of which in the phase %d; kills that landed in it %d, each resumed;"
                    + " chains with equal results %d/%d; stimuli read back by the resumes %d; resumes that found the run complete %d%n",
                    p, f[0], f[1], f[2], chains, chains, f[3], f[4]);
        }
        System.out.printf(Locale.ROOT, "kill battery: %d chains, %d processes, %d kills, every resumed result equal to the uninterrupted"
                + " run's; %.0f s%n", chains, started, figures.values().stream().mapToInt(f -> f[0]).sum(), seconds);
        for (Phase p : Phase.values()) {
            assertThat(figures.get(p)[2]).as("kills that landed in %s (seed %d)", p, seed).isGreaterThanOrEqualTo(KILLS_PER_PHASE);
        }
    }

    /**
     * Issue 14's SIGTERM through bin/unitscope: in every phase the run ends within 2 s with exit code 3 and its manifest
     * incomplete, saying why; --resume then completes it to the uninterrupted run's results. (A signal that comes
     * after the complete manifest was written finds nothing to stop: it is reported, and the resume finds the run
     * complete.)
     */
    @Test
    void sigtermInEveryPhaseEndsTheRunIncompleteWithinTwoSecondsAndResumeCompletesItToTheUninterruptedResults() throws Exception {
        long seed = Long.getLong("unitscope.kill.seed", System.nanoTime());
        System.out.println("SIGTERM chain seed: " + seed);
        whole();
        Map<Phase, int[]> figures = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            figures.put(p, new int[5]);
        }
        Path out = tmp.resolve("sigterm");
        chain(0, Dist.writeConfig(tmp, CONFIG), out, new Random(seed), figures, "TERM");
        assertEqualToUninterrupted(out, "the SIGTERM chain");
    }

    private static void assertEqualToUninterrupted(Path out, String what) throws IOException {
        for (String f : COMPARED) {
            assertThat(Files.readAllBytes(out.resolve(f))).as("%s: %s", what, f).isEqualTo(Files.readAllBytes(tmp.resolve("whole").resolve(f)));
        }
        assertThat(out.resolve(".checkpoint")).as("a completed run removes its checkpoints").doesNotExist();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()).as("temporary files left").isEmpty();
        }
    }

    @Test
    void resumeRefusesAFolderWithoutManifestAndACompleteRunNamingTheFolder() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"layers\": [\"complex\"],"
                + " \"stimulus\": {\"id\": \"noise\", \"count\": 100}, \"metrics\": []}");
        Path done = tmp.resolve("done");
        Path log = tmp.resolve("done.log");
        RunningProcess p = start(log, "run", "--config", config.toString(), "--out", done.toString());
        assertThat(p.exit(120)).as(read(log)).isZero();

        assertThat(resumeOfFinished(done)).contains("nothing to resume in " + done + ": it holds a complete run");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(start(log, "run", "--resume", empty.toString()).exit(60)).isEqualTo(1);
        assertThat(read(log)).contains("cannot resume " + empty + ": it holds no unitscope run (no manifest.json)");
        assertThat(start(log, "run", "--resume", done.toString(), "--config", config.toString()).exit(60)).isEqualTo(1);
        assertThat(read(log)).contains("--resume DIR takes the run description and the folder from DIR");
    }

    /**
     * Runs to the end, noting when each phase's line first appears and when the manifest says complete; returns each
     * phase's duration (ms), the writing's up to the complete manifest.
     */
    private Map<Phase, Long> uninterrupted(Path config, Path out) throws Exception {
        Path log = tmp.resolve("whole.log");
        RunningProcess p = start(log, "run", "--config", config.toString(), "--out", out.toString());
        Map<Phase, Long> first = new EnumMap<>(Phase.class);
        long complete = 0;
        while (p.isAlive()) {
            String text = read(log);
            long now = System.nanoTime();
            for (Phase ph : Phase.values()) {
                if (ph.seenIn(text)) {
                    first.putIfAbsent(ph, now);
                }
            }
            if (complete == 0 && read(out.resolve("manifest.json")).contains("\"status\": \"complete\"")) {
                complete = now;
            }
            Thread.sleep(5);
        }
        assertThat(p.exit(10)).as(read(log)).isZero();
        assertThat(first.keySet()).as(read(log)).containsExactly(Phase.values());
        Map<Phase, Long> durations = new EnumMap<>(Phase.class);
        // the writing ends with the complete manifest: a kill after it finds nothing left to write
        long end = complete == 0 ? System.nanoTime() : complete;
        for (Phase ph : Phase.values()) {
            long next = ph.ordinal() + 1 < Phase.values().length ? first.get(Phase.values()[ph.ordinal() + 1]) : end;
            durations.put(ph, Math.max(1, (next - first.get(ph)) / 1_000_000));
        }
        return durations;
    }

    /**
     * One chain: a kill (SIGKILL) or a stop (SIGTERM) in each phase, each followed by a resume; the last resume runs to
     * the end. {@code figures} per phase: aimed, of which in the phase, landed in it, stimuli read back, resumes that found
     * the run complete.
     */
    private void chain(int c, Path config, Path out, Random random, Map<Phase, int[]> figures, String signal) throws Exception {
        Path log = tmp.resolve(out.getFileName() + "-0.log");
        RunningProcess p = start(log, "run", "--config", config.toString(), "--out", out.toString());
        for (Phase target : Phase.values()) {
            Phase landed = signalIn(p, log, target, random.nextDouble() * WINDOW * whole().get(target), signal, out);
            if (landed == null) {
                System.out.printf(Locale.ROOT, "chain %d: the run ended before the %s aimed at %s%n", c, signal, target);
                assertEnded(p, log);
                assertThat(resumeOfFinished(out)).contains("nothing to resume");
                return;
            }
            figures.get(target)[0]++;
            figures.get(target)[1] += landed == target ? 1 : 0;
            figures.get(landed)[2]++;
            log = tmp.resolve(out.getFileName() + "-" + (target.ordinal() + 1) + ".log");
            p = start(log, "run", "--resume", out.toString());
            if (landed.ordinal() >= Phase.PROBE.ordinal()) {
                // a kill before the first chunk leaves nothing to read back: the resume says nothing and probes again
                Phase after = landed;
                waitFor(p, log, text -> text.contains("resuming: ") || text.contains("nothing to resume")
                        || (reached(text) != null && reached(text).ordinal() > after.ordinal()));
                figures.get(landed)[4] += read(log).contains("nothing to resume") ? 1 : 0;
                Matcher m = READ_BACK.matcher(read(log));
                figures.get(landed)[3] += m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
            System.out.printf(Locale.ROOT, "chain %d: SIG%s aimed at %s, landed in %s%n", c, signal, target, landed);
        }
        assertEnded(p, log);
    }

    /**
     * Waits for the line of {@code target} (or of a later phase, when this process skips it: its work came from the
     * checkpoints), then for {@code delayMillis}, then sends {@code signal}; returns the phase it landed in, from what
     * the process printed before it ended, or null when the process had ended by itself. A SIGTERM must end the run
     * within 2 s, with exit code 3 and the manifest incomplete, unless the run had already completed.
     */
    private static Phase signalIn(RunningProcess p, Path log, Phase target, double delayMillis, String signal, Path out)
            throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (p.isAlive() && System.currentTimeMillis() < deadline) {
            Phase r = reached(read(log));
            if (r != null && r.ordinal() >= target.ordinal()) {
                break;
            }
            Thread.sleep(10);
        }
        Thread.sleep((long) delayMillis);
        if (!p.isAlive()) {
            return null;
        }
        if (signal.equals("KILL")) {
            p.kill();
        } else {
            RunningProcess.Stop stop = p.signalAndTimeStop(signal, out.resolve("manifest.json"));
            String manifest = read(out.resolve("manifest.json"));
            Phase landed = reached(read(log));
            System.out.printf(Locale.ROOT, "stop latency, SIG%s in %s: stopped (manifest incomplete) %.2f s, process ended %.2f s%n",
                    signal, landed, stop.stopped(), stop.exited());
            if (!manifest.contains("\"status\": \"complete\"")) {
                assertThat(p.process().exitValue()).as(read(log)).isEqualTo(3);
                assertThat(manifest).contains("\"status\": \"incomplete\"").contains("shutting down");
                assertThat(stop.stopped()).as("seconds from SIG%s in %s to the incomplete manifest", signal, landed).isLessThan(STOP_LIMIT_SECONDS);
                // the JVM's exit right after start waits for its JIT compiler threads (docs/ROBUSTNESS.md): up to seconds on a loaded machine
                double exitLimit = landed == Phase.LOAD ? LOAD_EXIT_LIMIT_SECONDS : STOP_LIMIT_SECONDS;
                assertThat(stop.exited()).as("seconds from SIG%s in %s to the process's end", signal, landed).isLessThan(exitLimit);
            } else {
                System.out.printf(Locale.ROOT, "  (the SIG%s came after the complete manifest; exit code %d)%n", signal, p.process().exitValue());
            }
        }
        if (p.process().exitValue() == 0) {
            return null; // it ended by itself between the check and the signal
        }
        Phase landed = reached(read(log));
        return landed == null ? Phase.LOAD : landed;
    }

    /** Complete, or (killed after its complete manifest) refused as a complete run by the resume that followed. */
    private static void assertEnded(RunningProcess p, Path log) throws Exception {
        int exit = p.exit(240);
        String text = read(log);
        assertThat(exit == 0 || text.contains("nothing to resume")).as(text).isTrue();
    }

    /** run --resume on a folder whose run is complete: refused; returns what it printed. */
    private String resumeOfFinished(Path out) throws Exception {
        Path log = tmp.resolve("finished.log");
        assertThat(start(log, "run", "--resume", out.toString()).exit(60)).isEqualTo(1);
        return read(log);
    }

    private static void waitFor(RunningProcess p, Path log, Predicate<String> seen) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (p.isAlive() && !seen.test(read(log)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }
}
