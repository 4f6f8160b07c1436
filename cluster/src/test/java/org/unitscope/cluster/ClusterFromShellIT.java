package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/unitscope cluster survey} of the built distribution, as a user types it: the workbench finds the build
 * tree's unitscope-cluster by itself, starts it as a child process, prints its progress as a local run's progress line
 * and ends with the survey's files; stopped with SIGTERM, it stops the child and ends incomplete (exit 3).
 */
class ClusterFromShellIT {

    private static Process unitscope(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(LaunchFixtures.HOME.resolve("bin/unitscope").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("UNITSCOPE_CLUSTER_HOME");
        return pb.start();
    }

    @Test
    void aTwoRunSurveyLaunchedFromTheShellPrintsItsProgressAndEndsCompleteWithItsTable() throws Exception {
        Path dir = LaunchFixtures.fresh("shell-survey");
        Path survey = LaunchFixtures.twoRunSurvey(dir);
        long t0 = System.nanoTime();
        Process p = unitscope(dir, "cluster", "survey", survey.toString(), "--out", dir.resolve("survey").toString(), "--master", "local[2]");
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("unitscope cluster survey ends").isTrue();
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));
        System.out.printf("ClusterFromShellIT: 2-run survey through bin/unitscope cluster in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).as("the launched command names the build tree's unitscope-cluster")
                .contains("cluster: " + LaunchFixtures.CLUSTER.resolve("bin/unitscope-cluster"));
        assertThat(err).as("the local run's progress line").containsPattern("(?m)^survey 1/2 \\(50%\\) [0-9.]+/s ETA \\d+:\\d\\d:\\d\\d$")
                .containsPattern("(?m)^survey 2/2 \\(100%\\) [0-9.]+/s ETA 0:00:00$");
        assertThat(err).doesNotContain("runs done, elapsed");
        Path out2 = dir.resolve("survey");
        assertThat(out).contains("cluster run complete: " + out2.resolve("survey.csv") + ", " + out2.resolve("survey.json"));
        List<String> table = Files.readAllLines(out2.resolve("survey.csv"));
        assertThat(table.subList(1, table.size())).extracting(l -> l.split(",")[0] + "/" + l.split(",")[3])
                .containsExactly("simple/simple", "complex/complex");
        JsonObject manifest = JsonParser.parseString(Files.readString(out2.resolve("survey.json"))).getAsJsonObject();
        assertThat(manifest.get("runs_complete").getAsInt()).isEqualTo(2);
        assertThat(manifest.getAsJsonObject("spark").get("master").getAsString()).isEqualTo("local[2]");
    }

    @Test
    void aShardedRfRunLaunchedFromGogoPrintsItsShardsProgressAndEndsWithTheRunsFolder() throws Exception {
        Path dir = LaunchFixtures.fresh("gogo-rf");
        Path config = Files.writeString(dir.resolve("rf.json"), "{\"name\": \"gogo rf\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
                + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 512}, \"metrics\": [],"
                + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 9}], \"receptiveField\": {\"grid\": 8, \"channels\": \"mean\","
                + " \"maxMemory\": \"64m\", \"blockSize\": 128}, \"seed\": 5, \"batchSize\": 64}");
        Path out = dir.resolve("rf");
        ProcessBuilder pb = new ProcessBuilder(LaunchFixtures.HOME.resolve("bin/unitscope").toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("UNITSCOPE_CLUSTER_HOME");
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (var stdin = p.getOutputStream()) {
            // the Gogo shell reads the line, runs it to its end, then meets the end of its input and leaves
            stdin.write(("unitscope:cluster rf --config " + config + " --shards 2 --out " + out + " --master 'local[2]'\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("the Gogo shell ends").isTrue();
        System.out.printf("ClusterFromShellIT: 2-shard rf run through Gogo in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        String said = Files.readString(dir.resolve("out.txt"));

        assertThat(said).as(Files.readString(dir.resolve("err.txt"))).containsPattern("(?m)rf 2/2 \\(100%\\) ([0-9.]+|--)/s ETA 0:00:00$")
                .contains("cluster run complete: " + out.resolve("run") + ", " + out.resolve("rf-cluster.json"));
        assertThat(out.resolve("run").resolve("rf.npz")).isRegularFile();
        JsonObject m = JsonParser.parseString(Files.readString(out.resolve("rf-cluster.json"))).getAsJsonObject();
        assertThat(m.get("shards").getAsInt()).isEqualTo(2);
        assertThat(m.get("fold_exit_code").getAsInt()).isZero();
    }

    @Test
    void sigtermToTheWorkbenchStopsTheClusterChildAndEndsIncomplete() throws Exception {
        Path dir = LaunchFixtures.fresh("shell-stop");
        Path survey = LaunchFixtures.twoRunSurvey(dir);
        Process p = unitscope(dir, "cluster", "survey", survey.toString(), "--out", dir.resolve("survey").toString(), "--master", "local[1]");
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (!Files.readString(dir.resolve("out.txt")).contains("survey: 2 runs from")
                && !Files.readString(dir.resolve("err.txt")).contains("survey: 2 runs from") && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<ProcessHandle> children = p.descendants().toList();
        assertThat(children).as("unitscope-cluster runs as a child process").isNotEmpty();
        long t0 = System.nanoTime();
        p.destroy();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.printf("ClusterFromShellIT: stopped %.1f s after SIGTERM%n", (System.nanoTime() - t0) / 1e9);
        String err = Files.readString(dir.resolve("err.txt"));

        assertThat(p.exitValue()).as(err).isEqualTo(3);
        assertThat(err).contains("cluster: stopping unitscope-cluster (SIGTERM to process");
        for (ProcessHandle c : children) {
            assertThat(c.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("child " + c.pid() + " ended").isFalse();
        }
    }
}
