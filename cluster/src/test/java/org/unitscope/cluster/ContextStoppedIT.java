package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A survey and a sharded rf run whose Spark context stops under them on a real standalone cluster: while their tasks
 * run, the Master removes the application as an operator does (its web UI's kill), and each command must end by
 * itself, say that the context stopped (and in which phase), and present nothing unfinished as a result.
 */
class ContextStoppedIT {
    /**
     * How long after the kill a command may take to end. The driver hears of the removal at once and Spark aborts its
     * jobs (measured: 2-3 s to the end of the JVM); were a job's future left pending, the driver gives up on it 5 s after
     * it saw the context stopped (seen in 1 s steps, plus up to 2 s for the stop to follow an abort); the rest is
     * writing survey.json and the JVM's exit. 30 s leaves room for this 2-core machine under other builds' load.
     */
    private static final int END_WITHIN_S = 30;
    private static StandaloneCluster cluster;
    private static Path dir;

    @BeforeAll
    static void startTheCluster() throws Exception {
        dir = LaunchFixtures.fresh("context-stopped");
        cluster = StandaloneCluster.start(LaunchFixtures.CLUSTER.resolve("lib"), dir, 2);
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static String gratings(String name, String layer, int orientations, int seed) {
        return "{\"name\": \"" + name + "\", \"config\": {\"name\": \"context stopped " + name + "\", \"model\": {\"id\": \"synthetic-v1\"},"
                + " \"layers\": [\"" + layer + "\"], \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": " + orientations + ","
                + " \"sfCount\": 3, \"phaseCount\": 4}, \"metrics\": [{\"id\": \"orientation\"}], \"seed\": " + seed + "}}";
    }

    /** A condition on the files a running command writes. */
    private interface Seen {
        boolean now() throws Exception;
    }

    /** Waits until {@code seen} holds; fails when the command ends first or it does not hold within 240 s. */
    private static void awaitWhileRunning(Process p, Path at, String what, Seen seen) throws Exception {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (!seen.now()) {
            assertThat(p.isAlive()).as("unitscope-cluster ended before " + what + ": " + text(at.resolve("err.txt"))).isTrue();
            if (System.nanoTime() > deadline) {
                p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                throw new AssertionError("not seen within 240 s: " + what + ": " + text(at.resolve("err.txt")));
            }
            Thread.sleep(50);
        }
    }

    /** Kills the command's application at the Master, then returns its exit status and how long after the kill it ended. */
    private static Ended killAndAwaitEnd(Process p, Path at) throws Exception {
        String app = cluster.awaitApplication(10).orElseThrow(() -> new AssertionError("the Master lists no running application"));
        long t0 = System.nanoTime();
        cluster.killApplication(app);
        boolean ended = p.waitFor(END_WITHIN_S, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!ended) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(ended).as("unitscope-cluster ended by itself within " + END_WITHIN_S + " s of the kill: " + text(at.resolve("err.txt")))
                .isTrue();
        assertThat(cluster.completedState(app)).as("the Master's state of " + app).contains("KILLED");
        return new Ended(p.exitValue(), seconds);
    }

    private record Ended(int code, double seconds) {
    }

    private static String text(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    @Test
    void aSurveyWhoseApplicationTheMasterRemovesEndsByItselfWithItsFinishedRunCompleteAndTheOthersLostOrIncomplete() throws Exception {
        Path at = Files.createDirectories(dir.resolve("survey"));
        // two task slots: 'quick' and 'slow' start together, 'queued' when 'quick' is done; both long ones probe 1,729 gratings
        Path survey = Files.writeString(at.resolve("survey.json"), "{\"runs\": [" + gratings("quick", "simple", 6, 1) + ", "
                + gratings("slow", "complex", 144, 2) + ", " + gratings("queued", "complex", 144, 3) + "]}");
        Process p = cluster.unitscopeCluster(at, survey.toString(), "--out", at.resolve("out").toString()).start();
        awaitWhileRunning(p, at, "'quick' done and 'slow' probing", () -> text(at.resolve("out.txt")).contains("survey: 1/3 runs done")
                && text(at.resolve("out/logs/slow.log")).contains("probe "));
        Ended end = killAndAwaitEnd(p, at);
        JsonObject m = JsonParser.parseString(Files.readString(at.resolve("out/survey.json"))).getAsJsonObject();
        JsonArray runs = m.getAsJsonArray("runs");
        System.out.printf("ContextStoppedIT: the survey ended %.1f s after the Master killed its application: %s, %s, %s%n", end.seconds(),
                status(runs, 0), status(runs, 1), status(runs, 2));

        String err = text(at.resolve("err.txt"));
        assertThat(err).contains("Master removed our application: KILLED")
                .contains("survey: the Spark context stopped under the survey (Spark's error above says why").contains("2 of 3 runs not complete");
        assertThat(text(at.resolve("out.txt"))).contains("survey incomplete: 1/3 runs complete");
        assertThat(m.get("runs_complete").getAsInt()).isEqualTo(1);
        assertThat(status(runs, 0)).isEqualTo("quick complete run");
        assertThat(at.resolve("out/quick/units.csv")).exists();
        assertStoppedUnder(runs.get(1).getAsJsonObject(), at, err);
        assertStoppedUnder(runs.get(2).getAsJsonObject(), at, err);
        assertThat(end.code()).as("1 with a run lost, 3 with runs incomplete only: " + err).isEqualTo(m.get("runs_lost").getAsInt() > 0 ? 1 : 3);
    }

    /**
     * A run not done when the context stopped: lost (Spark aborted its job), or incomplete when its executor's shutdown
     * (the Worker ends the executors of a removed application) stopped the run and the task's result reached the driver
     * first: its partial results kept, to be continued with {@code unitscope run --resume}.
     */
    private static void assertStoppedUnder(JsonObject r, Path at, String err) {
        String name = r.get("name").getAsString();
        assertThat(r.get("mode").getAsString()).as(name).isIn(RunOutcome.LOST, RunOutcome.RUN);
        if (RunOutcome.LOST.equals(r.get("mode").getAsString())) {
            assertThat(r.get("status").getAsString()).as(name).isEqualTo("failed");
            // Spark's reason follows: its abort ('Master removed our application: KILLED') or 'Job 2 cancelled because
            // SparkContext was shut down' for a job its stop cancelled first
            assertThat(r.get("message").getAsString()).as(name).startsWith("the Spark context stopped before this run's task ended (");
            assertThat(err).contains("survey: run '" + name + "' failed (exit -1): the Spark context stopped before this run's task ended");
        } else {
            assertThat(r.get("status").getAsString()).as(name).isEqualTo("incomplete");
            assertThat(r.get("message").getAsString()).as(name).contains("unitscope run --resume");
            assertThat(at.resolve("out").resolve(name).resolve("manifest.json")).exists();
            assertThat(err).contains("survey: run '" + name + "' incomplete (exit 3)");
        }
    }

    private static String status(JsonArray runs, int i) {
        JsonObject r = runs.get(i).getAsJsonObject();
        return r.get("name").getAsString() + " " + r.get("status").getAsString() + " " + r.get("mode").getAsString();
    }

    /**
     * An AWA run of {@code count} noise stimuli in 2 parts. A part probes about 1,200 stimuli a second here; with 8,192
     * each part probes for 3-4 s and sums its blocks (x shuffles) for seconds.
     */
    private static Path rfConfig(Path at, int shuffles, int count) throws Exception {
        return Files.writeString(at.resolve("rf.json"), "{\"name\": \"killed rf\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
                + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": " + count + "}, \"metrics\": [],"
                + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": " + shuffles + "}], \"receptiveField\": {\"grid\": 8,"
                + " \"channels\": \"mean\", \"maxMemory\": \"64m\", \"blockSize\": 128}, \"seed\": 5, \"batchSize\": 64}");
    }

    private static Process rf(Path at, Path out, int shuffles, int count) throws Exception {
        return cluster.unitscopeCluster(at, "rf", "--config", rfConfig(at, shuffles, count).toString(), "--shards", "2", "--out", out.toString())
                .start();
    }

    /** Exit 1, the phase named, Spark's reason, and nothing folded: no rf.npz, no manifest of a finished run. */
    private static void assertStoppedIn(String phase, Ended end, Path at, Path out) throws Exception {
        assertStoppedIn(phase, end, at, out, "nothing was folded into " + out.resolve("run") + " (--resume runs the parts that did not finish)");
    }

    private static void assertStoppedIn(String phase, Ended end, Path at, Path out, String after) throws Exception {
        String err = text(at.resolve("err.txt"));
        assertThat(end.code()).as(err).isEqualTo(1);
        assertThat(err).contains("unitscope-cluster rf: the Spark context stopped during the " + phase + " phase, before its tasks ended")
                .contains("Master removed our application: KILLED").contains("; the run did not finish: " + after);
        assertThat(text(at.resolve("out.txt"))).doesNotContain("rf complete");
        assertThat(out.resolve("run/rf.npz")).as("no result of a fold").doesNotExist();
        assertThat(out.resolve("rf-cluster.json")).as("no manifest of a finished run").doesNotExist();
    }

    @Test
    void anRfRunWhoseApplicationTheMasterRemovesWhileItProbesEndsByItselfNamingThePhaseAndFoldsNothing() throws Exception {
        Path at = Files.createDirectories(dir.resolve("rf-probe"));
        Path out = at.resolve("rf");
        // 131,072 stimuli: each part probes for about a minute, so the kill, 1-2 s after the first progress line, comes
        // while both probe (with 8,192 a part at 57 % when seen once finished before the kill reached it)
        Process p = rf(at, out, 9, 131_072);
        awaitWhileRunning(p, at, "a part probing", () -> probing(out, 0) || probing(out, 1));
        Ended end = killAndAwaitEnd(p, at);
        // which parts had not finished is read once the command has ended: a part that finished before the kill
        // reached it may keep its file, one that did not must have none
        List<Integer> unfinished = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            if (!text(out.resolve("logs/probe-" + part + ".log")).contains("activations in")) {
                unfinished.add(part);
            }
        }
        System.out.printf("ContextStoppedIT: the rf run ended %.1f s after the Master killed its application (parts %s unfinished)%n",
                end.seconds(), unfinished);

        assertStoppedIn("rf probe", end, at, out);
        assertThat(unfinished).as("a part was probing at the kill").isNotEmpty();
        for (int part : unfinished) {
            assertThat(RfShardTask.Phase.PROBE.file(out, part)).as("the killed part's file, never moved into place").doesNotExist();
        }
    }

    @Test
    void anRfRunWhoseApplicationTheMasterRemovesWhileItSumsEndsByItselfNamingThatPhaseWithItsProbePartsKept() throws Exception {
        Path at = Files.createDirectories(dir.resolve("rf-sums"));
        Path out = at.resolve("rf");
        // 29 shuffles: the sums of a part take several seconds, the kill comes as they start
        Process p = rf(at, out, 29, 8192);
        awaitWhileRunning(p, at, "the sums phase", () -> text(at.resolve("out.txt")).contains("summing their blocks"));
        Ended end = killAndAwaitEnd(p, at);
        System.out.printf("ContextStoppedIT: the rf run ended %.1f s after the Master killed its application in its sums phase%n",
                end.seconds());

        assertStoppedIn("rf shard", end, at, out);
        assertThat(text(at.resolve("out.txt"))).doesNotContain("rf: 2/2 shards done");
        for (int part = 0; part < 2; part++) {
            assertThat(RfShardTask.Phase.PROBE.file(out, part)).as("a probe part finished before the kill").exists();
        }
    }

    /** A matrix-free AWC whose fold runs its passes on the executors for many seconds: 512 stimuli, 29 shuffles. */
    private static final String MATRIX_FREE = LaunchFixtures.matrixFreeRf("killed matrix-free rf", 512, false, 29, 0.1);

    @Test
    void anRfRunWhoseApplicationTheMasterRemovesDuringTheFoldsMatrixFreePassesEndsByItselfNamingThatPhaseAndWritesNoRf() throws Exception {
        Path at = Files.createDirectories(dir.resolve("rf-passes"));
        Path out = at.resolve("rf");
        Process p = cluster.unitscopeCluster(at, "rf", "--config", Files.writeString(at.resolve("rf.json"), MATRIX_FREE).toString(),
                "--shards", "2", "--out", out.toString()).start();
        awaitWhileRunning(p, at, "the fold's matrix-free passes", () -> text(out.resolve("logs/fold.log")).contains("rf awc complex (units) 0/"));
        Ended end = killAndAwaitEnd(p, at);
        System.out.printf("ContextStoppedIT: the rf run ended %.1f s after the Master killed its application in the fold's passes%n",
                end.seconds());
        assertThat(text(out.resolve("logs/fold.log"))).as("the kill came before the passes ended").doesNotContain("rf awc complex: 16 units in");
        assertStoppedIn("fold's matrix-free passes", end, at, out, "the fold in " + out.resolve("run") + " is incomplete, without rf.npz"
                + " (--resume keeps the probe parts and shard files and folds again)");
        assertThat(text(at.resolve("err.txt"))).as("the fold's exit is not reported as well").doesNotContain("rf: the fold of run");
        JsonObject fold = JsonParser.parseString(Files.readString(out.resolve("run/manifest.json"))).getAsJsonObject();
        assertThat(fold.get("status").getAsString()).as("the fold run's own manifest").isEqualTo("incomplete");
        for (int part = 0; part < 2; part++) {
            assertThat(RfShardTask.Phase.PROBE.file(out, part)).as("probe part kept for --resume").exists();
            assertThat(RfShardTask.Phase.SUMS.file(out, part)).as("shard file kept for --resume").exists();
        }

        // what the message promises: --resume (a new application on the same cluster) keeps every part and only folds
        Path again = Files.createDirectories(at.resolve("resumed"));
        Process r = cluster.unitscopeCluster(again, "rf", "--config", at.resolve("rf.json").toString(), "--shards", "2", "--out", out.toString(),
                "--resume").start();
        assertThat(r.waitFor(240, TimeUnit.SECONDS)).as("the resumed run ended within 240 s").isTrue();
        String said = text(again.resolve("out.txt"));
        assertThat(r.exitValue()).as(said + text(again.resolve("err.txt"))).isZero();
        assertThat(said).contains("rf: --resume: 2 of 2 shard file(s) kept").contains("rf: --resume: 2 of 2 probe part(s) kept, 0 to probe")
                .contains("rf complete: " + out.resolve("run/rf.npz"));
        assertThat(out.resolve("run/rf.npz")).exists();
    }

    /** Whether part {@code part}'s probe has sent some of its stimuli through the network ("probe part 0/2 960/4096 ..."). */
    private static boolean probing(Path out, int part) throws Exception {
        return text(out.resolve("logs/probe-" + part + ".log")).matches("(?s).*probe part " + part + "/2 [1-9].*");
    }
}
