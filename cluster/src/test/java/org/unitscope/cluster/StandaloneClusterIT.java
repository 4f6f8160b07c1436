package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * bin/unitscope-cluster on a real Spark standalone cluster on this machine (a Master, a Worker, executors in JVMs of
 * their own), not {@code local[N]}: the survey's results equal bin/unitscope run's, an executor killed while its
 * task runs is replaced and the task recomputed by Spark, and a sharded rf run (AWA; the matrix-free AWC, whose patch
 * shards the executors regenerate) equals bin/unitscope run's bit for bit.
 */
class StandaloneClusterIT {
    private static StandaloneCluster cluster;
    private static Path dir;

    @BeforeAll
    static void startTheCluster() throws Exception {
        dir = LaunchFixtures.fresh("standalone");
        long t0 = System.nanoTime();
        cluster = StandaloneCluster.start(LaunchFixtures.CLUSTER.resolve("lib"), dir, 2);
        System.out.printf("StandaloneClusterIT: master up in %.1f s at %s%n", (System.nanoTime() - t0) / 1e9, cluster.url());
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Process unitscopeCluster(Path at, Path survey) throws Exception {
        return cluster.unitscopeCluster(at, survey.toString(), "--out", at.resolve("survey").toString()).start();
    }

    private static Process unitscopeClusterRf(Path at, Path config, int shards) throws Exception {
        return cluster.unitscopeCluster(at, "rf", "--config", config.toString(), "--shards", String.valueOf(shards),
                "--out", at.resolve("rf").toString()).start();
    }

    private static int await(Process p, Path at) throws Exception {
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            throw new AssertionError("unitscope-cluster did not end within 240 s: " + Files.readString(at.resolve("err.txt")));
        }
        return p.exitValue();
    }

    private static void assertSameUnitsAsAlone(Path at, String name) throws Exception {
        Path alone = at.resolve("alone").resolve(name);
        Files.createDirectories(alone.getParent());
        assertThat(UnitscopeRun.run(LaunchFixtures.HOME, at.resolve(name + ".json"), alone)).isZero();
        assertThat(Files.readAllBytes(at.resolve("survey").resolve(name).resolve("units.csv"))).as(name + "/units.csv")
                .isEqualTo(Files.readAllBytes(alone.resolve("units.csv")));
    }

    private static JsonObject manifest(Path at) throws Exception {
        return JsonParser.parseString(Files.readString(at.resolve("survey/survey.json"))).getAsJsonObject();
    }

    @Test
    void aTwoRunSurveyOnExecutorsOfTheirOwnGivesTheSameUnitsCsvAsBinUnitscopeRun() throws Exception {
        Path at = Files.createDirectories(dir.resolve("two-runs"));
        Path survey = LaunchFixtures.survey(at, List.of("simple", "complex"),
                List.of(LaunchFixtures.gratingsRun("simple", 6, 1), LaunchFixtures.gratingsRun("complex", 6, 2)));
        long t0 = System.nanoTime();
        int code = await(unitscopeCluster(at, survey), at);
        System.out.printf("StandaloneClusterIT: 2-run survey on %s in %.1f s%n", cluster.url(), (System.nanoTime() - t0) / 1e9);

        assertThat(code).as(Files.readString(at.resolve("err.txt"))).isZero();
        JsonObject m = manifest(at);
        assertThat(m.getAsJsonObject("spark").get("master").getAsString()).isEqualTo(cluster.url());
        assertThat(m.get("runs_complete").getAsInt()).isEqualTo(2);
        m.getAsJsonArray("runs").forEach(r -> assertThat(r.getAsJsonObject().get("executor").getAsString())
                .as("ran on a standalone executor, not the driver").doesNotEndWith("/driver"));
        assertSameUnitsAsAlone(at, "simple");
        assertSameUnitsAsAlone(at, "complex");
    }

    @Test
    void anExecutorKilledWhileItsRunProbesIsReplacedAndTheRunRecomputedToTheSameUnitsCsv() throws Exception {
        Path at = Files.createDirectories(dir.resolve("lost-executor"));
        Path survey = LaunchFixtures.survey(at, List.of("slow"), List.of(LaunchFixtures.gratingsRun("complex", 72, 3)));
        Process p = unitscopeCluster(at, survey);
        Path log = at.resolve("survey/logs/slow.log");
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline && !(Files.exists(log) && Files.readString(log).contains("probe "))) {
            Thread.sleep(50);
        }
        List<ProcessHandle> executors = cluster.executors();
        assertThat(executors).as("one executor JVM runs the task: " + Files.readString(at.resolve("err.txt"))).hasSize(1);
        long t0 = System.nanoTime();
        executors.get(0).destroyForcibly();
        int code = await(p, at);
        System.out.printf("StandaloneClusterIT: survey ended %.1f s after its executor was killed%n", (System.nanoTime() - t0) / 1e9);

        assertThat(code).as(Files.readString(at.resolve("err.txt"))).isZero();
        JsonObject r = manifest(at).getAsJsonArray("runs").get(0).getAsJsonObject();
        assertThat(r.get("status").getAsString()).isEqualTo("complete");
        assertThat(r.get("attempts").getAsInt()).as("Spark's retry of the lost task").isEqualTo(2);
        assertThat(r.get("executor").getAsString()).as("a new executor, not the killed one (id 0)").doesNotEndWith("/0");
        assertSameUnitsAsAlone(at, "slow");
    }

    @Test
    void aTwoShardRfRunOnExecutorsOfTheirOwnGivesTheSameRfNpzAsBinUnitscopeRun() throws Exception {
        Path at = Files.createDirectories(dir.resolve("rf"));
        Path config = Files.writeString(at.resolve("rf.json"), "{\"name\": \"standalone rf\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
                + " \"layers\": [\"simple\"], \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": 512}, \"metrics\": [],"
                + " \"estimators\": [{\"id\": \"awa\", \"shuffles\": 9}], \"receptiveField\": {\"grid\": 8, \"channels\": \"mean\","
                + " \"maxMemory\": \"64m\", \"blockSize\": 128}, \"seed\": 5, \"batchSize\": 64}");
        long t0 = System.nanoTime();
        int code = await(unitscopeClusterRf(at, config, 2), at);
        System.out.printf("StandaloneClusterIT: 2-shard rf run on %s in %.1f s%n", cluster.url(), (System.nanoTime() - t0) / 1e9);

        assertThat(code).as(Files.readString(at.resolve("err.txt"))).isZero();
        Path alone = at.resolve("alone");
        assertThat(UnitscopeRun.run(LaunchFixtures.HOME, config, alone)).isZero();
        for (String file : new String[] {"rf.npz", "units.csv", "responses.npz"}) {
            assertThat(Files.readAllBytes(at.resolve("rf/run").resolve(file))).as(file).isEqualTo(Files.readAllBytes(alone.resolve(file)));
        }
    }

    /** 256 stimuli, an AWA and a matrix-free AWC of 9 shuffles: short. */
    static final String MATRIX_FREE = LaunchFixtures.matrixFreeRf("standalone matrix-free rf", 256, true, 9, 0.2);

    @Test
    void theMatrixFreeAwcOfATwoShardRfRunOnExecutorsOfTheirOwnGivesTheSameRfNpzAsBinUnitscopeRun() throws Exception {
        Path at = Files.createDirectories(dir.resolve("rf-matrix-free"));
        Path config = Files.writeString(at.resolve("rf.json"), MATRIX_FREE);
        long t0 = System.nanoTime();
        int code = await(unitscopeClusterRf(at, config, 2), at);
        System.out.printf("StandaloneClusterIT: 2-shard matrix-free rf run on %s in %.1f s%n", cluster.url(), (System.nanoTime() - t0) / 1e9);

        assertThat(code).as(Files.readString(at.resolve("err.txt"))).isZero();
        JsonObject m = JsonParser.parseString(Files.readString(at.resolve("rf/rf-cluster.json"))).getAsJsonObject();
        assertThat(m.get("matrix_free_passes").getAsLong()).as("the fold's passes ran on Spark").isPositive();
        for (String line : PatchesLog.assertEachShardRegeneratedOnce(at.resolve("rf"), 2, "complex", 256)) {
            assertThat(line).as("regenerated in an executor JVM of its own (rf-patches)").doesNotContain("on executor driver");
        }
        assertThat(Files.readString(at.resolve("rf/logs/fold.log"))).as("the fold's matrix-free estimate").contains("rf awc complex: ");
        Path alone = at.resolve("alone");
        assertThat(UnitscopeRun.run(LaunchFixtures.HOME, config, alone)).isZero();
        assertThat(Files.readString(at.resolve("alone.log"))).as("the single run takes the matrix-free path").contains("rf awc complex: ");
        for (String file : new String[] {"rf.npz", "units.csv"}) {
            assertThat(Files.readAllBytes(at.resolve("rf/run").resolve(file))).as(file).isEqualTo(Files.readAllBytes(alone.resolve(file)));
        }
    }
}
