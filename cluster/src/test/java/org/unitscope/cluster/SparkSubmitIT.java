package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A survey submitted with Spark's own launcher, {@code org.apache.spark.deploy.SparkSubmit} (the class a Spark
 * installation's spark-submit script runs), to a real standalone cluster on this machine, started from
 * unitscope-cluster's lib/: in client deploy mode (the driver is the submitting JVM) and in cluster deploy mode (the
 * Worker launches the driver in a JVM of its own). Each run's units.csv equals bin/unitscope run's.
 */
class SparkSubmitIT {
    private static final List<String> NAMES = List.of("simple", "complex");
    private static StandaloneCluster cluster;
    private static Path dir;
    private static Path survey;

    @BeforeAll
    static void startTheClusterAndRunEachRunAlone() throws Exception {
        dir = LaunchFixtures.fresh("spark-submit");
        survey = LaunchFixtures.survey(dir, NAMES,
                List.of(LaunchFixtures.gratingsRun("simple", 6, 1), LaunchFixtures.gratingsRun("complex", 6, 2)));
        cluster = StandaloneCluster.start(LaunchFixtures.CLUSTER.resolve("lib"), dir, 2);
        Files.createDirectories(dir.resolve("alone"));
        for (String name : NAMES) {
            assertThat(UnitscopeRun.run(LaunchFixtures.HOME, dir.resolve(name + ".json"), dir.resolve("alone").resolve(name))).as(name).isZero();
        }
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * {@code java -cp 'lib/*' org.apache.spark.deploy.SparkSubmit --master URL [deploy options] --class
     * org.unitscope.cluster.SurveyCommand --conf ... JAR survey.json --out DIR --unitscope HOME}, run in the
     * unitscope-cluster folder, as a user would.
     */
    private static Process sparkSubmit(Path at, List<String> deployOptions, String jar) throws IOException {
        return SparkSubmitLaunch.start(at, "lib/*", cluster.url(), deployOptions, jar,
                List.of(survey.toString(), "--out", at.resolve("survey").toString(), "--unitscope", LaunchFixtures.HOME.toString()));
    }

    private static int await(Process p, Path at) throws Exception {
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            throw new AssertionError("spark-submit did not end within 240 s: " + Files.readString(at.resolve("err.txt")));
        }
        return p.exitValue();
    }

    /** Both runs complete on the cluster's executors, both survey files written, each units.csv as bin/unitscope run's. */
    private static void assertTheSurveyRanOnTheCluster(Path at) throws Exception {
        Path out = at.resolve("survey");
        JsonObject m = JsonParser.parseString(Files.readString(out.resolve("survey.json"))).getAsJsonObject();
        assertThat(m.getAsJsonObject("spark").get("master").getAsString()).as("spark-submit's --master").isEqualTo(cluster.url());
        assertThat(m.get("runs_complete").getAsInt()).isEqualTo(2);
        m.getAsJsonArray("runs").forEach(r -> assertThat(r.getAsJsonObject().get("executor").getAsString())
                .as("ran on a standalone executor, not the driver").doesNotEndWith("/driver"));
        assertThat(Files.readAllLines(out.resolve("survey.csv"))).as("survey.csv: a header and a row per run")
                .hasSize(3).anyMatch(l -> l.startsWith("simple,")).anyMatch(l -> l.startsWith("complex,"));
        for (String name : NAMES) {
            assertThat(Files.readAllBytes(out.resolve(name).resolve("units.csv"))).as(name + "/units.csv")
                    .isEqualTo(Files.readAllBytes(dir.resolve("alone").resolve(name).resolve("units.csv")));
        }
    }

    @Test
    void aSurveySubmittedWithSparkSubmitInClientModeGivesTheSameUnitsCsvAsBinUnitscopeRun() throws Exception {
        Path at = Files.createDirectories(dir.resolve("client"));
        long t0 = System.nanoTime();
        int code = await(sparkSubmit(at, List.of(), "lib/unitscope-cluster.jar"), at);
        System.out.printf("SparkSubmitIT: survey through SparkSubmit (client) on %s in %.1f s%n", cluster.url(), (System.nanoTime() - t0) / 1e9);

        assertThat(code).as(Files.readString(at.resolve("err.txt"))).isZero();
        assertThat(Files.readString(at.resolve("out.txt"))).as("the driver is this JVM, and says which master it uses")
                .contains("survey: 2 runs from " + survey + " on " + cluster.url()).contains("survey complete: 2/2 runs complete");
        assertTheSurveyRanOnTheCluster(at);
    }

    @Test
    void aSurveySubmittedInClusterDeployModeRunsItsDriverOnTheWorkerAndGivesTheSameUnitsCsvAsBinUnitscopeRun() throws Exception {
        Path at = Files.createDirectories(dir.resolve("cluster-mode"));
        long t0 = System.nanoTime();
        Process p = sparkSubmit(at, List.of("--deploy-mode", "cluster", "--driver-memory", "1g",
                "--conf", "spark.standalone.submit.waitAppCompletion=true"), LaunchFixtures.CLUSTER.resolve("lib/unitscope-cluster.jar").toString());
        int code = await(p, at);
        System.out.printf("SparkSubmitIT: survey through SparkSubmit (cluster deploy mode) on %s in %.1f s%n", cluster.url(),
                (System.nanoTime() - t0) / 1e9);

        assertThat(code).as(Files.readString(at.resolve("err.txt"))).isZero();
        assertThat(Files.readString(at.resolve("out.txt"))).as("spark-submit only submitted the driver").doesNotContain("survey complete");
        Path driver = theDriversFolder();
        assertThat(Files.readString(driver.resolve("stderr"))).as("the Worker launched the driver").contains("org.apache.spark.deploy.worker.DriverWrapper");
        assertThat(Files.readString(driver.resolve("stdout"))).as("the driver's output, in the Worker's folder for it")
                .contains("on " + cluster.url()).contains("survey complete: 2/2 runs complete");
        assertTheSurveyRanOnTheCluster(at);
    }

    /** The Worker's folder of the one driver it launched ({@code WORK/driver-ID/}: the jar, the driver's stdout and stderr). */
    private static Path theDriversFolder() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("work"))) {
            List<Path> drivers = s.filter(f -> f.getFileName().toString().startsWith("driver-")).toList();
            assertThat(drivers).as("the Worker's driver folders").hasSize(1);
            return drivers.get(0);
        }
    }
}
