package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A survey interrupted as a crash interrupts it: {@code bin/unitscope-cluster} (the driver, and on {@code local[2]} its
 * executors, in one JVM) killed with SIGKILL while its middle run is part-way through its probe with checkpoints on
 * disk and the two short runs are complete; then the same survey with --resume: the complete runs are kept, the
 * interrupted one is continued with {@code unitscope run --resume} from its checkpoints, and its results equal those of
 * a straight {@code bin/unitscope run} of the same description.
 */
class SurveyKillResumeIT {
    /**
     * 4,000 noise stimuli through a 41 px synthetic network, checkpointed every second: a probe of 30-60 s on this
     * machine, several times the two short runs.
     */
    private static final String LONG = "{\"name\": \"survey kill test long\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 41, \"rf\": 21},"
            + " \"layers\": [\"complex\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 4000}, \"metrics\": [],"
            + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 19}], \"receptiveField\": {\"grid\": 8}, \"seed\": 3, \"batchSize\": 20}";
    private static final Pattern READ_BACK = Pattern.compile("resuming: (\\d+) of 4000 stimuli read back");

    private static String shortRun(String layer, int seed) {
        return "{\"name\": \"survey kill test " + layer + "\", \"model\": {\"id\": \"synthetic-v1\"}, \"layers\": [\"" + layer + "\"],"
                + " \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 6, \"sfCount\": 3, \"phaseCount\": 4},"
                + " \"metrics\": [{\"id\": \"orientation\"}], \"seed\": " + seed + "}";
    }

    /** bin/unitscope-cluster of the build tree, checkpoints every second, its output in {@code dir/NAME-out.txt, -err.txt}. */
    private static Process cluster(Path dir, String name, Path survey, Path out, boolean resume) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(LaunchFixtures.CLUSTER.resolve("bin/unitscope-cluster").toString(),
                survey.toString(), "--out", out.toString(), "--master", "local[2]", "--unitscope", LaunchFixtures.HOME.toString()));
        if (resume) {
            command.add("--resume");
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(dir.resolve(name + "-out.txt").toFile())
                .redirectError(dir.resolve(name + "-err.txt").toFile());
        pb.environment().put("UNITSCOPE_CLUSTER_JAVA_OPTS", "-Xmx2g -Dunitscope.checkpoint.seconds=1");
        return pb.start();
    }

    @Test
    void aSurveyWhoseDriverIsKilledMidRunKeepsItsCompleteRunsAndContinuesTheInterruptedOneToTheResultsOfAStraightRun() throws Exception {
        Path dir = LaunchFixtures.fresh("survey-kill-resume");
        Path longConfig = Files.writeString(dir.resolve("long.json"), LONG);
        Path survey = Files.writeString(dir.resolve("survey.json"), "{\"runs\": [{\"name\": \"first\", \"config\": " + shortRun("simple", 1)
                + "}, {\"name\": \"long\", \"config\": " + LONG + "}, {\"name\": \"last\", \"config\": " + shortRun("complex", 2) + "}]}");
        Path out = dir.resolve("survey");
        long t0 = System.nanoTime();
        Process driver = cluster(dir, "killed", survey, out, false);
        awaitPartWay(driver, dir, out);
        List<ProcessHandle> children = driver.descendants().toList();
        driver.destroyForcibly(); // SIGKILL: no shutdown hook, no manifest written by the run
        assertThat(driver.waitFor(60, TimeUnit.SECONDS)).isTrue();
        System.out.printf("SurveyKillResumeIT: driver killed %.1f s after its start (exit %d), %d probe chunk(s) of 'long' on disk%n",
                (System.nanoTime() - t0) / 1e9, driver.exitValue(), chunks(out.resolve("long")).size());
        assertThat(driver.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        for (ProcessHandle c : children) {
            assertThat(c.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("child " + c.pid() + " ended").isFalse();
        }
        assertThat(status(out.resolve("long"))).as("the interrupted run's manifest").isEqualTo("running");
        Map<String, FileTime> completeFiles = mtimes(out, "first", "last");

        long t1 = System.nanoTime();
        Process resumed = cluster(dir, "resumed", survey, out, true);
        assertThat(resumed.waitFor(600, TimeUnit.SECONDS)).as("the resumed survey ends").isTrue();
        System.out.printf("SurveyKillResumeIT: the resumed survey took %.1f s%n", (System.nanoTime() - t1) / 1e9);
        String said = Files.readString(dir.resolve("resumed-out.txt"));

        assertThat(resumed.exitValue()).as(Files.readString(dir.resolve("resumed-err.txt"))).isZero();
        assertThat(said).contains("survey: --resume: 2 of 3 runs kept (complete, same description), 1 to continue, 0 to run")
                .contains("survey: --resume: run 'long' continues from its checkpoints in " + out.resolve("long") + " (unitscope run --resume)")
                .contains("survey complete: 3/3 runs complete (2 kept, 1 continued)");
        Matcher m = READ_BACK.matcher(Files.readString(out.resolve("logs/long.log")));
        assertThat(m.find()).as("the continued run read its probe checkpoints back").isTrue();
        assertThat(Integer.parseInt(m.group(1))).isPositive().isLessThan(4000);
        System.out.printf("SurveyKillResumeIT: the continued run read %s of 4000 probed stimuli back%n", m.group(1));
        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve("survey.json"))).getAsJsonObject();
        assertThat(manifest.getAsJsonArray("runs").asList()).extracting(r -> r.getAsJsonObject().get("mode").getAsString())
                .containsExactly("kept", "continued", "kept");
        assertThat(manifest.get("runs_continued").getAsInt()).isEqualTo(1);
        assertThat(mtimes(out, "first", "last")).as("the complete runs' files, untouched").isEqualTo(completeFiles);
        assertThat(out.resolve("long/.checkpoint")).as("a completed run removes its checkpoints").doesNotExist();

        Path straight = dir.resolve("straight");
        assertThat(UnitscopeRun.run(LaunchFixtures.HOME, longConfig, straight)).isZero();
        for (String f : List.of("units.csv", "responses.npz", "rf.npz")) {
            assertThat(Files.readAllBytes(out.resolve("long").resolve(f))).as("%s of the continued run", f)
                    .isEqualTo(Files.readAllBytes(straight.resolve(f)));
        }
    }

    /** Until both short runs are complete and the long one, still in its probe, has probe checkpoints on disk. */
    private static void awaitPartWay(Process driver, Path dir, Path out) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (!("complete".equals(status(out.resolve("first"))) && "complete".equals(status(out.resolve("last")))
                && !chunks(out.resolve("long")).isEmpty())) {
            assertThat(driver.isAlive() && System.nanoTime() < deadline && !pastProbe(out))
                    .as("the survey still running, its long run still probing, until the short ones are complete: %s",
                            Files.readString(dir.resolve("killed-err.txt")))
                    .isTrue();
            Thread.sleep(100);
        }
        assertThat(pastProbe(out)).as("the long run still probing when the short ones were complete").isFalse();
    }

    /** Whether the long run's log shows a phase after its probe (its reverse correlation). */
    private static boolean pastProbe(Path out) throws IOException {
        Path log = out.resolve("logs/long.log");
        return Files.exists(log) && Files.readString(log).contains("rf pass ");
    }

    /** The status in a run's manifest.json, or "" when it has none (yet). */
    private static String status(Path run) {
        try {
            return JsonParser.parseString(Files.readString(run.resolve("manifest.json"))).getAsJsonObject().get("status").getAsString();
        } catch (IOException | RuntimeException e) {
            return ""; // not written yet, or caught mid-rename
        }
    }

    private static List<Path> chunks(Path run) throws IOException {
        Path probe = run.resolve(".checkpoint/probe");
        if (!Files.isDirectory(probe)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(probe)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".chunk")).toList();
        }
    }

    /** Every file of the named runs' folders with its modification time. */
    private static Map<String, FileTime> mtimes(Path out, String... runs) throws IOException {
        Map<String, FileTime> all = new TreeMap<>();
        for (String run : runs) {
            try (Stream<Path> s = Files.walk(out.resolve(run))) {
                for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
                    all.put(out.relativize(p).toString(), Files.getLastModifiedTime(p));
                }
            }
        }
        return all;
    }
}
