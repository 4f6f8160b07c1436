package org.unitscope.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The distributions the launch tests use (both built by the reactor before the integration tests) and a small survey. */
final class LaunchFixtures {
    static final Path HOME = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
    static final Path CLUSTER = Path.of(System.getProperty("unitscope.cluster.home", "target/unitscope-cluster")).toAbsolutePath().normalize();
    static final Path WORK = Path.of(System.getProperty("unitscope.cluster.work", "target/launch-tests")).toAbsolutePath();

    private LaunchFixtures() {
    }

    /** A fresh folder under the work folder. */
    static Path fresh(String name) throws IOException {
        Path dir = WORK.resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** A run description of the ground-truth network on one layer, a grating grid of {@code orientations} x 3 x 4. */
    static String gratingsRun(String layer, int orientations, int seed) {
        return "{\"name\": \"standalone " + layer + "\", \"model\": {\"id\": \"synthetic-v1\"}, \"layers\": [\"" + layer + "\"],"
                + " \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": " + orientations + ", \"sfCount\": 3, \"phaseCount\": 4},"
                + " \"metrics\": [{\"id\": \"orientation\"}, {\"id\": \"spatial-frequency\"}], \"seed\": " + seed + "}";
    }

    /**
     * A matrix-free rf run of the ground-truth network's complex layer: d = 8 x 8 = 64 >= matrixFreeFrom 16, so the awc
     * takes the matrix-free path; stimuli and patch rows in blocks of 64 (as RfMatrixFreeOnLocalSparkTest's, one layer);
     * with {@code awa}, an AWA of 9 shuffles beside it.
     */
    static String matrixFreeRf(String name, int stimuli, boolean awa, int awcShuffles, double alpha) {
        return "{\"name\": \"" + name + "\", \"model\": {\"id\": \"synthetic-v1\", \"size\": 31},"
                + " \"layers\": [\"complex\"], \"readout\": \"centre\", \"stimulus\": {\"id\": \"noise\", \"type\": \"gaussian\", \"count\": " + stimuli + "},"
                + " \"metrics\": [], \"estimators\": [" + (awa ? "{\"id\": \"awa\", \"shuffles\": 9}, " : "")
                + "{\"id\": \"awc\", \"shuffles\": " + awcShuffles + ", \"alpha\": " + alpha + ", \"matrixFreeFrom\": 16, \"passBlock\": 64}],"
                + " \"receptiveField\": {\"grid\": 8, \"maxMemory\": \"64m\", \"blockSize\": 64}, \"seed\": 1, \"batchSize\": 32}";
    }

    /** Writes each run's description to NAME.json and the survey of them to survey.json. */
    static Path survey(Path at, List<String> names, List<String> configs) throws Exception {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Files.writeString(at.resolve(names.get(i) + ".json"), configs.get(i));
            entries.add("{\"name\": \"" + names.get(i) + "\", \"config\": " + configs.get(i) + "}");
        }
        return Files.writeString(at.resolve("survey.json"), "{\"runs\": [\n" + String.join(",\n", entries) + "\n]}\n");
    }

    /** The DJL cache the executors get through spark.executorEnv (the one bin/unitscope uses). */
    static String djlCache() {
        return System.getenv().getOrDefault("DJL_CACHE_DIR", System.getProperty("user.home") + "/.cache/unitscope/djl");
    }

    /** A survey of two small runs of the ground-truth network (one layer each, a coarse grating grid). */
    static Path twoRunSurvey(Path dir) throws IOException {
        return survey(dir, "two-runs", "simple", "complex");
    }

    /** A survey named {@code name} of one small run per layer of the ground-truth network, seeds 1, 2, ... */
    static Path survey(Path dir, String name, String... layers) throws IOException {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < layers.length; i++) {
            runs.append(i == 0 ? "" : ",\n").append(run(layers[i], i + 1));
        }
        return Files.writeString(dir.resolve(name + ".json"), "{\"runs\": [\n" + runs + "\n]}\n");
    }

    private static String run(String layer, int seed) {
        return "{\"name\": \"" + layer + "\", \"config\": {\"name\": \"launch test " + layer + "\", \"model\": {\"id\": \"synthetic-v1\"},"
                + " \"layers\": [\"" + layer + "\"], \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 6, \"sfCount\": 3,"
                + " \"phaseCount\": 4}, \"metrics\": [{\"id\": \"orientation\"}, {\"id\": \"spatial-frequency\"}], \"seed\": " + seed + "}}";
    }
}
