package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin SDK end to end, as a researcher meets it: for each kind of plugin a project is generated offline from this
 * tree's archetype (sdk/generate), built on its own with Maven offline (its unit test included) against this tree's API
 * and SPI jars (sdk/local-repository: no 'mvn install'), its jar dropped into plugins/ of the distribution, and all five
 * used in one real run (bin/unitscope run). The outputs must show each plugin at work. The example plugins must be
 * exactly what the archetypes generate (sdk/regenerate-examples).
 */
class PluginSdkIT {
    /** kind, artifactId = bundle symbolic name, service id, class-name prefix. */
    private record Kind(String kind, String artifact, String service, String className) {
        String jar(String version) {
            return artifact + "-" + version + ".jar";
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("model", "sdk-it-model", "sdk-it-retina", "ItRetina"),
            new Kind("stimulus", "sdk-it-stimulus", "sdk-it-bars", "ItBar"),
            new Kind("metric", "sdk-it-metric", "sdk-it-bias", "ItBias"),
            new Kind("estimator", "sdk-it-estimator", "sdk-it-awa", "ItAwa"),
            new Kind("stage", "sdk-it-stage", "sdk-it-top", "ItTop"));

    private static Path root;
    private static Path work;
    private static Path settings;
    private static String version;

    @BeforeAll
    static void generateEveryKindAndBuildIt() throws Exception {
        root = Path.of(System.getProperty("unitscope.root", "missing")).toAbsolutePath().normalize();
        work = Path.of(System.getProperty("unitscope.sdk.work", "missing"));
        deleteTree(work);
        Files.createDirectories(work);
        settings = Path.of(run(root, 120, "bash", "sdk/local-repository", work.resolve("maven").toString()).trim());
        version = Files.list(work.resolve("maven/repository/org/unitscope/org.unitscope.api")).findFirst().orElseThrow()
                .getFileName().toString();
        Path projects = work.resolve("projects");
        for (Kind k : KINDS) {
            run(root, 300, "bash", "sdk/generate", k.kind(), projects.toString(), k.artifact(), "org.unitscope.it." + k.kind(),
                    k.service(), k.className(), "org.unitscope.it");
        }
        // one reactor over the five standalone projects (no parent): one Maven start instead of five
        StringBuilder modules = new StringBuilder();
        KINDS.forEach(k -> modules.append("<module>").append(k.artifact()).append("</module>"));
        Files.writeString(projects.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>org.unitscope.it</groupId>"
                + "<artifactId>sdk-it</artifactId><version>1</version><packaging>pom</packaging><modules>" + modules + "</modules></project>");
        run(projects, 600, "mvn", "-B", "-o", "-s", settings.toString(), "-Daether.offline.protocols=file", "package");
    }

    @Test
    void everyGeneratedProjectBuildsItsBundleAndAnIndexedRepository() throws IOException {
        for (Kind k : KINDS) {
            Path target = work.resolve("projects").resolve(k.artifact()).resolve("target");
            assertThat(target.resolve(k.jar(version))).as(k.kind()).isRegularFile();
            assertThat(target.resolve("surefire-reports")).as(k.kind() + ": its unit test ran").isDirectoryContaining("glob:**TEST-*.xml");
            Path index = target.resolve("repository/index.xml");
            assertThat(index).as(k.kind()).isRegularFile();
            String xml = Files.readString(index);
            // an R5 index: the bundle as a resource with its identity and a URL relative to the index
            assertThat(xml).contains("http://www.osgi.org/xmlns/repository/v1.0.0").contains("\"" + k.artifact() + "\"")
                    .contains(k.jar(version));
            assertThat(target.resolve("repository").resolve(k.jar(version))).isRegularFile();
        }
    }

    @Test
    void theExamplesAreWhatTheArchetypesGenerate() throws Exception {
        Path fresh = work.resolve("examples");
        run(root, 300, "bash", "sdk/generate", "stimulus", fresh.toString(), "unitscope-example-bars", "org.unitscope.examples.bars",
                "bars", "Bar", "org.unitscope.examples");
        run(root, 300, "bash", "sdk/generate", "model", fresh.toString(), "unitscope-example-retina", "org.unitscope.examples.retina",
                "dog-retina", "DogRetina", "org.unitscope.examples");
        for (String example : List.of("unitscope-example-bars", "unitscope-example-retina")) {
            assertThat(files(root.resolve("examples").resolve(example)))
                    .as("examples/%s differs from what its archetype generates: run sdk/regenerate-examples", example)
                    .isEqualTo(files(fresh.resolve(example)));
        }
    }

    @Test
    void allFiveDroppedIntoPluginsAreUsedInOneRun() throws Exception {
        Path plugins = Dist.get().plugins();
        List<Path> dropped = new ArrayList<>();
        try {
            for (Kind k : KINDS) {
                Path jar = work.resolve("projects").resolve(k.artifact()).resolve("target").resolve(k.jar(version));
                dropped.add(Files.copy(jar, plugins.resolve(jar.getFileName())));
            }
            Path config = Dist.writeConfig(work, "{\"name\": \"plugin sdk\", \"model\": {\"id\": \"sdk-it-retina\", \"size\": 31},"
                    + " \"layers\": [\"ganglion\"], \"stimulus\": {\"id\": \"sdk-it-bars\", \"orientationCount\": 4, \"widths\": [2, 4],"
                    + " \"positionCount\": 4}, \"metrics\": [{\"id\": \"sdk-it-bias\"}, {\"id\": \"orientation\"}],"
                    + " \"estimators\": [{\"id\": \"sdk-it-awa\", \"shuffles\": 9}], \"receptiveField\": {\"grid\": 4}, \"seed\": 3}");
            Path out = work.resolve("run");
            run(work, 300, Dist.get().home().resolve("bin/unitscope").toString(), "run", "--config", config.toString(),
                    "--out", out.toString());
            checkRun(out);
        } finally {
            for (Path p : dropped) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Each plugin left its mark: the manifest names its bundle as a provider, and its output is there. */
    private static void checkRun(Path out) throws IOException {
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"status\": \"complete\"");
        for (Kind k : KINDS) {
            assertThat(manifest).as("the manifest names %s's bundle", k.kind()).contains("\"provider\": \"" + k.artifact() + " ");
        }
        List<Map<String, String>> units = Dist.readCsv(out.resolve("units.csv"));
        assertThat(units).hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("layer", "ganglion")
                .containsKeys("true_on_centre", "bias", "bias_pref_deg", "pref_ori_deg"));
        assertThat(units.get(0).get("bias")).as("the ON cell's bias on bars").isNotEmpty();
        assertThat(Files.readString(out.resolve("responses.npz"), StandardCharsets.ISO_8859_1)).contains("label.orientation");
        assertThat(Files.readString(out.resolve("rf.npz"), StandardCharsets.ISO_8859_1))
                .contains("ganglion.sdk-it-awa.filter").contains("ganglion.sdk-it-awa.peak");
        List<String> top = Files.readAllLines(out.resolve("sdk-it-top.csv"));
        assertThat(top.get(0)).isEqualTo("layer,channel,rank,stimulus,response,orientation,sf,phase");
        assertThat(top).hasSize(1 + 2 * 3);
        assertThat(Files.readString(out.resolve("summary.txt"))).contains("sdk-it-bias: median bias").contains("sdk-it-top:");
    }

    /** Relative path -> content of every file under {@code dir}, build output left out. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString();
                if (!rel.startsWith("target/")) {
                    files.put(rel, Files.readString(p));
                }
            }
        }
        return files;
    }

    /** Runs a command in {@code dir}; fails with its output unless it exits 0 in time. Returns its standard output. */
    private static String run(Path dir, long seconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "command", ".log");
        Path stdout = Files.createTempFile(work, "command", ".out");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(stdout);
        assertThat(done && p.exitValue() == 0).as("%s exited %s:%n%s%n%s", String.join(" ", command), done ? p.exitValue() : "late",
                out, Files.readString(log)).isTrue();
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
