package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
 * byte. The moment of each kill is a uniform delay after the phase's first line, within the phase's duration in the
 * uninterrupted run (seeded; the seed is printed, and {@code -Dunitscope.kill.seed=...} repeats a battery).
 */
class KillResumeIT {
    private static final int CHAINS = 5;
    private static final String CONFIG = "{\"model\": {\"id\": \"synthetic-v1\", \"size\": 21, \"rf\": 21},"
            + " \"layers\": [\"complex\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 800},"
            + " \"metrics\": [], \"estimators\": [{\"id\": \"awa\", \"shuffles\": 19, \"alpha\": 0.1},"
            + " {\"id\": \"awc\", \"shuffles\": 19, \"alpha\": 0.1, \"matrixFreeFrom\": 0}],"
            + " \"receptiveField\": {\"grid\": 8, \"maxMemory\": \"%s\"}, \"seed\": 3, \"batchSize\": 50}";
    private static final List<String> COMPARED = List.of("units.csv", "responses.npz", "rf.npz");
    private static final Pattern READ_BACK = Pattern.compile("resuming: (\\d+) of");

    /** The phases in order, each known by the first line it prints. */
    enum Phase {
        // load is shorter in a resumed process (warm caches): its window is half as long
        LOAD(0.5, "loading model backend"), PROBE(1, "probe "), RF_PASSES(1, "rf pass "), ANALYSIS(1, "rf patch matrix", "rf awc "),
        WRITING(1, "writing the results");

        final double window;
        final List<String> markers;

        Phase(double window, String... markers) {
            this.window = window;
            this.markers = List.of(markers);
        }

        boolean seenIn(String log) {
            return markers.stream().anyMatch(log::contains);
        }
    }

    @TempDir
    Path tmp;

    private int started;

    private Process start(Path stderr, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Dist.get().home().resolve("bin/unitscope").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // checkpoints every second, so that kills find some; the default (30 s) would leave none in so short a run
        pb.environment().put("UNITSCOPE_JAVA_OPTS", "-Xmx1g -Dunitscope.checkpoint.seconds=1");
        started++;
        return pb.start();
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

    @Test
    void runsKilledAtRandomMomentsOfEveryPhaseResumeToTheResultsOfAnUninterruptedRun() throws Exception {
        long t0 = System.nanoTime();
        long seed = Long.getLong("unitscope.kill.seed", System.nanoTime());
        System.out.println("kill battery seed: " + seed + " (repeat with -Dunitscope.kill.seed=" + seed + ")");
        Random random = new Random(seed);
        Path config = Dist.writeConfig(tmp, CONFIG.formatted("8m"));
        Path whole = tmp.resolve("whole");
        Map<Phase, Long> durations = uninterrupted(config, whole);
        System.out.println("uninterrupted run: phase durations (ms) " + durations + ", "
                + Math.round((System.nanoTime() - t0) / 1e9) + " s");

        // per phase: kills aimed, of which in the phase, kills that landed in it, stimuli read back, resumes that found the run complete
        Map<Phase, int[]> figures = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            figures.put(p, new int[5]);
        }
        for (int c = 0; c < CHAINS; c++) {
            Path out = tmp.resolve("chain-" + c);
            chain(c, config, out, durations, random, figures);
            for (String f : COMPARED) {
                assertThat(Files.readAllBytes(out.resolve(f))).as("chain %d: %s", c, f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
            }
            assertThat(out.resolve(".checkpoint")).as("a completed run removes its checkpoints").doesNotExist();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (Phase p : Phase.values()) {
            int[] f = figures.get(p);
            System.out.printf(Locale.ROOT, "%-10s kills aimed %d, of which in the phase %d; kills that landed in it %d, each resumed;"
                    + " chains with equal results %d/%d; stimuli read back by the resumes %d; resumes that found the run complete %d%n",
                    p, f[0], f[1], f[2], CHAINS, CHAINS, f[3], f[4]);
        }
        System.out.printf(Locale.ROOT, "kill battery: %d processes, %d kills, every resumed result equal to the uninterrupted run's; %.0f s%n",
                started, CHAINS * Phase.values().length, seconds);
    }

    @Test
    void resumeRefusesAFolderWithoutManifestAndACompleteRunNamingTheFolder() throws Exception {
        Path config = Dist.writeConfig(tmp, "{\"model\": \"synthetic-v1\", \"layers\": [\"complex\"],"
                + " \"stimulus\": {\"id\": \"noise\", \"count\": 100}, \"metrics\": []}");
        Path done = tmp.resolve("done");
        Path log = tmp.resolve("done.log");
        Process p = start(log, "run", "--config", config.toString(), "--out", done.toString());
        assertThat(Dist.ended(p, 120)).isTrue();
        assertThat(p.exitValue()).as(read(log)).isZero();

        Dist.Result complete = resumeOfFinished(done);
        assertThat(complete.err()).contains("nothing to resume in " + done + ": it holds a complete run");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Process none = start(log, "run", "--resume", empty.toString());
        assertThat(Dist.ended(none, 60)).isTrue();
        assertThat(none.exitValue()).isEqualTo(1);
        assertThat(read(log)).contains("cannot resume " + empty + ": it holds no unitscope run (no manifest.json)");
        Process both = start(log, "run", "--resume", done.toString(), "--config", config.toString());
        assertThat(Dist.ended(both, 60)).isTrue();
        assertThat(both.exitValue()).isEqualTo(1);
        assertThat(read(log)).contains("--resume DIR takes the run description and the folder from DIR");
    }

    /** Runs to the end, noting when each phase's line first appears; returns each phase's duration (ms). */
    private Map<Phase, Long> uninterrupted(Path config, Path out) throws Exception {
        Path log = tmp.resolve("whole.log");
        Process p = start(log, "run", "--config", config.toString(), "--out", out.toString());
        Map<Phase, Long> first = new EnumMap<>(Phase.class);
        while (p.isAlive()) {
            String text = read(log);
            long now = System.nanoTime();
            for (Phase ph : Phase.values()) {
                if (ph.seenIn(text)) {
                    first.putIfAbsent(ph, now);
                }
            }
            Thread.sleep(20);
        }
        assertThat(p.exitValue()).as(read(log)).isZero();
        assertThat(first.keySet()).as(read(log)).containsExactly(Phase.values());
        Map<Phase, Long> durations = new EnumMap<>(Phase.class);
        long end = System.nanoTime();
        for (Phase ph : Phase.values()) {
            long next = ph.ordinal() + 1 < Phase.values().length ? first.get(Phase.values()[ph.ordinal() + 1]) : end;
            durations.put(ph, Math.max(1, (next - first.get(ph)) / 1_000_000));
        }
        return durations;
    }

    /** One chain: a kill in each phase, each followed by a resume; the last resume runs to the end. */
    private void chain(int c, Path config, Path out, Map<Phase, Long> durations, Random random, Map<Phase, int[]> figures)
            throws Exception {
        Path log = tmp.resolve("chain-" + c + "-0.log");
        Process p = start(log, "run", "--config", config.toString(), "--out", out.toString());
        for (Phase target : Phase.values()) {
            Phase landed = killIn(p, log, target, random.nextDouble() * target.window * durations.get(target));
            if (landed == null) {
                System.out.printf(Locale.ROOT, "chain %d: the run ended before the kill aimed at %s%n", c, target);
                assertEnded(p, log);
                assertThat(resumeOfFinished(out).err()).contains("nothing to resume");
                return;
            }
            figures.get(target)[0]++;
            figures.get(target)[1] += landed == target ? 1 : 0;
            figures.get(landed)[2]++;
            log = tmp.resolve("chain-" + c + "-" + (target.ordinal() + 1) + ".log");
            p = start(log, "run", "--resume", out.toString());
            if (landed.ordinal() >= Phase.PROBE.ordinal()) {
                waitFor(p, log, "resuming: ");
                figures.get(landed)[4] += read(log).contains("nothing to resume") ? 1 : 0;
                Matcher m = READ_BACK.matcher(read(log));
                figures.get(landed)[3] += m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
            System.out.printf(Locale.ROOT, "chain %d: killed aiming at %s, in %s%n", c, target, landed);
        }
        assertThat(Dist.ended(p, 240)).isTrue();
        assertEnded(p, log);
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()).as("temporary files left").isEmpty();
        }
    }

    /**
     * Waits for the line of {@code target} (or of a later phase, when this process skips it: its work came from the
     * checkpoints), then for {@code delayMillis}, then kills the process with SIGKILL; returns the phase it was in.
     */
    private static Phase killIn(Process p, Path log, Phase target, double delayMillis) throws Exception {
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
        Phase landed = reached(read(log));
        new ProcessBuilder("kill", "-KILL", Long.toString(p.pid())).start().waitFor();
        assertThat(Dist.ended(p, 30)).isTrue();
        return landed == null ? Phase.LOAD : landed;
    }

    /** Complete, or (killed after its complete manifest) refused as a complete run by the resume that followed. */
    private static void assertEnded(Process p, Path log) throws IOException {
        String text = read(log);
        assertThat(p.exitValue() == 0 || text.contains("nothing to resume")).as(text).isTrue();
    }

    /** run --resume on a folder whose run is complete: refused. */
    private Dist.Result resumeOfFinished(Path out) throws Exception {
        Path log = tmp.resolve("finished.log");
        Process p = start(log, "run", "--resume", out.toString());
        assertThat(Dist.ended(p, 60)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        return new Dist.Result(1, "", read(log));
    }

    private static void waitFor(Process p, Path log, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (p.isAlive() && !read(log).contains(text) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }
}
