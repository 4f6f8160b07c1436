package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * unitscope-cluster submitted to a Spark installation that holds only Spark's own jars, as a site's Spark does: its
 * {@code jars/} is unitscope-cluster's {@code lib/} without the application jar and the jars docs/CLUSTER.md tells the
 * user to pass with {@code --jars}. The Master, the Worker, the executors and the submitting JVM all take their class
 * path from that folder, so the run works only if the documented {@code --jars} list is complete (and fails, named,
 * without it). The work is the matrix-free rf of {@link StandaloneClusterIT}: the fold's passes need the math jars on
 * the executors, the driver needs gson.
 */
class SparkInstallationIT {
    /** docs/CLUSTER.md, "Build and run": the jars of lib/ that Spark lacks, passed with --jars. */
    private static final List<String> JARS = List.of("lib/gson-2.11.0.jar", "lib/org.unitscope.math-0.1.0-SNAPSHOT.jar",
            "lib/ejml-core-0.46.1.jar", "lib/ejml-ddense-0.46.1.jar");
    private static final String APPLICATION = "lib/unitscope-cluster.jar";
    private static StandaloneCluster cluster;
    private static Path dir;
    private static Path sparkJars;
    private static Path config;

    @BeforeAll
    static void startAClusterFromAnInstallationOfSparksJarsOnly() throws Exception {
        dir = LaunchFixtures.fresh("spark-installation");
        sparkJars = Files.createDirectories(dir.resolve("spark-installation/jars"));
        List<String> ours = new ArrayList<>(JARS.stream().map(j -> Path.of(j).getFileName().toString()).toList());
        ours.add(Path.of(APPLICATION).getFileName().toString());
        try (Stream<Path> lib = Files.list(LaunchFixtures.CLUSTER.resolve("lib"))) {
            for (Path jar : lib.toList()) {
                if (!ours.contains(jar.getFileName().toString())) {
                    Files.createSymbolicLink(sparkJars.resolve(jar.getFileName()), jar);
                }
            }
        }
        for (String jar : ours) {
            assertThat(LaunchFixtures.CLUSTER.resolve("lib").resolve(jar)).as("the documented jar is in lib/").exists();
        }
        config = Files.writeString(dir.resolve("rf.json"), StandaloneClusterIT.MATRIX_FREE);
        cluster = StandaloneCluster.start(sparkJars, dir, 2);
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * {@code java -cp 'INSTALLATION/jars/*' org.apache.spark.deploy.SparkSubmit --master URL [--jars ...] --class
     * org.unitscope.cluster.SurveyCommand ... lib/unitscope-cluster.jar rf --config RUN.json --shards 2 --out DIR
     * --unitscope HOME} from the unitscope-cluster folder: what a Spark installation's spark-submit script runs.
     */
    private static Process submit(Path at, boolean withJars) throws IOException {
        return SparkSubmitLaunch.start(at, sparkJars + "/*", cluster.url(), withJars ? List.of("--jars", String.join(",", JARS)) : List.of(),
                APPLICATION, List.of("rf", "--config", config.toString(), "--shards", "2", "--out", at.resolve("rf").toString(),
                        "--unitscope", LaunchFixtures.HOME.toString()));
    }

    private static int await(Process p, Path at) throws Exception {
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            throw new AssertionError("spark-submit did not end within 300 s: " + Files.readString(at.resolve("err.txt")));
        }
        return p.exitValue();
    }

    @Test
    void theMatrixFreeRfSubmittedWithTheDocumentedJarsGivesTheSameRfNpzAsBinUnitscopeRun() throws Exception {
        Path at = Files.createDirectories(dir.resolve("with-jars"));
        long t0 = System.nanoTime();
        int code = await(submit(at, true), at);
        System.out.printf("SparkInstallationIT: matrix-free rf through SparkSubmit with --jars on %s in %.1f s%n", cluster.url(),
                (System.nanoTime() - t0) / 1e9);

        assertThat(code).as(Files.readString(at.resolve("err.txt"))).isZero();
        assertThat(Files.readString(at.resolve("out.txt"))).contains("on " + cluster.url()).contains("rf complete: ");
        JsonObject m = JsonParser.parseString(Files.readString(at.resolve("rf/rf-cluster.json"))).getAsJsonObject();
        assertThat(m.getAsJsonObject("spark").get("master").getAsString()).isEqualTo(cluster.url());
        assertThat(m.get("matrix_free_passes").getAsLong()).as("the fold's passes ran on Spark").isPositive();
        for (String line : PatchesLog.assertEachShardRegeneratedOnce(at.resolve("rf"), 2, "complex", 256)) {
            assertThat(line).as("regenerated in an executor JVM of the installation").doesNotContain("on executor driver");
        }
        Path alone = at.resolve("alone");
        assertThat(UnitscopeRun.run(LaunchFixtures.HOME, config, alone)).isZero();
        for (String file : new String[] {"rf.npz", "units.csv"}) {
            assertThat(Files.readAllBytes(at.resolve("rf/run").resolve(file))).as(file).isEqualTo(Files.readAllBytes(alone.resolve(file)));
        }
    }

    @Test
    void withoutTheJarsTheSubmissionFailsNamingTheClassSparkLacks() throws Exception {
        Path at = Files.createDirectories(dir.resolve("without-jars"));
        int code = await(submit(at, false), at);
        String err = Files.readString(at.resolve("err.txt"));
        System.out.printf("SparkInstallationIT: without --jars, exit %d: %s%n", code, err.lines()
                .filter(l -> l.contains("ClassNotFound") || l.contains("NoClassDefFound")).findFirst().orElse("(no class named)"));
        assertThat(code).as(err).isNotZero();
        assertThat(err).containsAnyOf("java.lang.NoClassDefFoundError: com/google/gson/", "java.lang.ClassNotFoundException: com.google.gson.",
                "java.lang.NoClassDefFoundError: org/unitscope/math/", "java.lang.ClassNotFoundException: org.unitscope.math.");
        assertThat(at.resolve("rf/run/rf.npz")).doesNotExist();
    }
}
