package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One owner per results folder, as a user meets it with bin/unitscope: a second run into a folder in use is refused
 * naming the first; a run killed with SIGKILL is told apart from a live one; a folder holding results is refused
 * unless --overwrite, which keeps the old results until the new run completes and then leaves only its files.
 */
class ResultsFolderIT {
    @TempDir
    Path tmp;

    /** About 46,000 gratings: long enough to be caught running. */
    private static final String LONG = "{\"name\": \"long\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 180,"
            + " \"sfCount\": 16, \"phaseCount\": 16}, \"metrics\": [\"orientation\"], \"batchSize\": 32}";
    private static final String SMALL = "{\"name\": \"%s\", \"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 12,"
            + " \"sfCount\": 4, \"phaseCount\": 4}, \"metrics\": [%s]}";

    private Process start(String log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Dist.get().home().resolve("bin/unitscope").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile());
        pb.environment().put("UNITSCOPE_JAVA_OPTS", "-Xmx1g -Dunitscope.heartbeat.seconds=1");
        return pb.start();
    }

    private String log(String name) throws IOException {
        return Files.readString(tmp.resolve(name), StandardCharsets.UTF_8);
    }

    private int finish(Process p, String log) throws Exception {
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
        return p.exitValue();
    }

    private Path config(String name, String json) throws IOException {
        return Files.writeString(tmp.resolve(name + ".json"), json);
    }

    private void waitForProbe(Process p, String log) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!log(log).contains("probe ") && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(log(log)).contains("probe ");
    }

    /** Every file of the folder but the lock, with its bytes' length and hash: what a reader sees. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals(".unitscope.lock")) {
                    m.put(dir.relativize(p).toString(), Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))));
                }
            }
        }
        return m;
    }

    @Test
    void aSecondRunIsRefusedNamingTheFirstAndAKilledRunIsToldFromALiveOne() throws Exception {
        Path out = tmp.resolve("shared");
        Process first = start("first.txt", "run", "--config", config("long", LONG).toString(), "--out", out.toString());
        waitForProbe(first, "first.txt");
        Process second = start("second.txt", "run", "--config", config("small", SMALL.formatted("small", "\"orientation\"")).toString(),
                "--out", out.toString(), "--overwrite");
        assertThat(finish(second, log("second.txt"))).as(log("second.txt")).isEqualTo(1);
        assertThat(log("second.txt")).contains("is the results folder of a run still going (process " + first.pid());
        Thread.sleep(2500); // two heartbeats
        String live = Files.readString(out.resolve("manifest.json"));
        assertThat(live).contains("\"status\": \"running\"").contains("\"pid\": " + first.pid()).contains("\"heartbeat\"");

        first.destroyForcibly(); // SIGKILL: no shutdown hook, no last word
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Map<String, String> killed = files(out);
        Process third = start("third.txt", "run", "--config", config("small", SMALL.formatted("small", "\"orientation\"")).toString(),
                "--out", out.toString());
        assertThat(finish(third, log("third.txt"))).isEqualTo(1);
        assertThat(log("third.txt")).contains("already holds the results of run 'long' (status running")
                .contains("process " + first.pid()).contains("ended without finishing it: last heartbeat").contains("--resume " + out)
                .contains("--overwrite");
        killed.keySet().removeIf(n -> n.endsWith(".tmp")); // the refused run's one change: a killed writer's temporary files go
        assertThat(files(out)).as("the refused run changed nothing else").isEqualTo(killed);
    }

    @Test
    void aFolderWithResultsIsRefusedAndOverwriteLeavesOnlyTheNewRunsFiles() throws Exception {
        Path out = tmp.resolve("results");
        Path both = config("both", SMALL.formatted("both", "\"orientation\", \"spatial-frequency\""));
        assertThat(finish(start("a.txt", "run", "--config", both.toString(), "--out", out.toString()), "a")).as(log("a.txt")).isZero();
        Map<String, String> before = files(out);

        Process again = start("b.txt", "run", "--config", both.toString(), "--out", out.toString());
        assertThat(finish(again, "b")).isEqualTo(1);
        assertThat(log("b.txt")).contains("already holds the results of run 'both' (status complete").contains("--overwrite");
        assertThat(files(out)).as("a refused run leaves the folder as it was").isEqualTo(before);

        Path broken = config("broken", "{\"name\": \"broken\", \"model\": \"synthetic-v1\", \"layers\": [\"no-such-layer\"],"
                + " \"stimulus\": \"gratings\", \"metrics\": [\"orientation\"]}");
        assertThat(finish(start("c.txt", "run", "--config", broken.toString(), "--out", out.toString(), "--overwrite"), "c")).isEqualTo(1);
        assertThat(log("c.txt")).contains("no layer 'no-such-layer'");
        assertThat(files(out)).as("a replacing run that fails leaves the old results").isEqualTo(before);

        Path one = config("one", SMALL.formatted("one", "\"orientation\""));
        Process replace = start("d.txt", "run", "--config", one.toString(), "--out", out.toString(), "--overwrite");
        assertThat(finish(replace, "d")).as(log("d.txt")).isZero();
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"name\": \"one\"").contains("\"status\": \"complete\"");
        List<String> listed = new ArrayList<>(new com.google.gson.Gson().fromJson(manifest, Map.class).get("files") instanceof List<?> l
                ? l.stream().map(Object::toString).toList() : List.of());
        listed.add("manifest.json");
        assertThat(files(out).keySet()).as("only the new run's files, each listed in its manifest").containsExactlyInAnyOrderElementsOf(listed);
    }
}
