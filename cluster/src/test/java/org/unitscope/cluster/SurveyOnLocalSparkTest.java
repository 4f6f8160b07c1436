package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Surveys on {@code local[2]} (Spark's driver and executor in this JVM, the built distribution embedded in it) against
 * the same runs made one by one with {@code bin/unitscope run}. Needs runtime/target/unitscope (the reactor builds it first).
 */
class SurveyOnLocalSparkTest {
    private static final Path HOME = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("unitscope.cluster.work", "target/survey-tests"));

    /** Small runs of the ground-truth network: one layer each, a coarse grating grid, different seeds. */
    private static final Map<String, String> RUNS = Map.of(
            "simple", run("simple", 1),
            "complex", run("complex", 2),
            "dog", run("dog", 3));

    private static String run(String layer, int seed) {
        return "{\"name\": \"cluster test " + layer + "\", \"model\": {\"id\": \"synthetic-v1\"}, \"layers\": [\"" + layer + "\"],"
                + " \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 6, \"sfCount\": 3, \"phaseCount\": 4},"
                + " \"metrics\": [{\"id\": \"orientation\"}, {\"id\": \"spatial-frequency\"}, {\"id\": \"phase-modulation\"}],"
                + " \"seed\": " + seed + "}";
    }

    @Test
    void aSurveyOfThreeRunsOnLocal2GivesTheSameUnitsCsvAsTheThreeRunsMadeOneByOne() throws Exception {
        Path dir = fresh("three");
        Path survey = writeSurvey(dir, List.of("simple", "complex", "dog"), Map.of());
        Survey s = survey(survey, dir.resolve("survey"));

        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.out()).contains("survey: 3/3 runs done").contains("survey complete: 3/3 runs complete");
        for (String name : List.of("simple", "complex", "dog")) {
            Path alone = dir.resolve("alone").resolve(name);
            assertThat(UnitscopeRun.run(HOME, dir.resolve(name + ".json"), alone)).isZero();
            Path inSurvey = dir.resolve("survey").resolve(name);
            assertThat(Files.readAllBytes(inSurvey.resolve("units.csv"))).as(name + "/units.csv").isEqualTo(Files.readAllBytes(alone.resolve("units.csv")));
            assertThat(fileNames(inSurvey)).as("the files of " + name).isEqualTo(fileNames(alone));
        }
        List<String> table = Files.readAllLines(dir.resolve("survey").resolve("survey.csv"));
        assertThat(table.get(0)).isEqualTo(SurveyTable.HEADER);
        assertThat(table.subList(1, table.size())).extracting(l -> l.split(",")[0] + "/" + l.split(",")[3])
                .containsExactly("simple/simple", "complex/complex", "dog/dog");
        JsonObject manifest = manifest(dir.resolve("survey"));
        assertThat(manifest.getAsJsonObject("spark").get("master").getAsString()).isEqualTo("local[2]");
        assertThat(manifest.getAsJsonObject("spark").get("version").getAsString()).isEqualTo("4.2.0");
        assertThat(manifest.get("runs_complete").getAsInt()).isEqualTo(3);
        assertThat(manifest.getAsJsonArray("runs").get(2).getAsJsonObject().get("seed").getAsLong()).isEqualTo(3);
    }

    @Test
    void aSurveyWithABadRunNamesItWithItsMessageAndStillCompletesTheOthers() throws Exception {
        Path dir = fresh("bad");
        Path survey = writeSurvey(dir, List.of("simple", "broken", "dog"),
                Map.of("broken", run("simple", 4).replace("synthetic-v1", "no-such-model")));
        Survey s = survey(survey, dir.resolve("survey"));

        assertThat(s.code()).isEqualTo(1);
        assertThat(s.err()).contains("run 'broken' failed").contains("no-such-model");
        JsonObject manifest = manifest(dir.resolve("survey"));
        assertThat(manifest.get("runs_complete").getAsInt()).isEqualTo(2);
        assertThat(manifest.get("runs_failed").getAsInt()).isEqualTo(1);
        JsonObject broken = manifest.getAsJsonArray("runs").get(1).getAsJsonObject();
        assertThat(broken.get("name").getAsString()).isEqualTo("broken");
        assertThat(broken.get("status").getAsString()).isEqualTo("failed");
        assertThat(broken.get("message").getAsString()).contains("no-such-model");
        assertThat(dir.resolve("survey/simple/units.csv")).isRegularFile();
        assertThat(dir.resolve("survey/dog/units.csv")).isRegularFile();
        assertThat(Files.readAllLines(dir.resolve("survey/survey.csv"))).hasSize(3);
    }

    private record Survey(int code, String out, String err) {
    }

    private static Survey survey(Path survey, Path out) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int code = SurveyCommand.execute(new String[] {survey.toString(), "--out", out.toString(), "--master", "local[2]", "--unitscope", HOME.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        Survey s = new Survey(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        System.out.printf("survey %s on local[2]: %.1f s%n%s%s", survey.getFileName(), (System.nanoTime() - t0) / 1e9, s.out(), s.err());
        return s;
    }

    /** Writes each run's description beside the survey and a survey that refers to them by relative path. */
    private static Path writeSurvey(Path dir, List<String> names, Map<String, String> replaced) throws IOException {
        StringBuilder runs = new StringBuilder();
        for (String name : names) {
            Files.writeString(dir.resolve(name + ".json"), replaced.getOrDefault(name, RUNS.get(name)));
            runs.append(runs.isEmpty() ? "" : ", ").append("{\"name\": \"").append(name).append("\", \"config\": \"").append(name).append(".json\"}");
        }
        Path survey = dir.resolve("survey.json");
        Files.writeString(survey, "{\"runs\": [" + runs + "]}");
        return survey;
    }


    private static List<String> fileNames(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().forEach(names::add);
        }
        return names;
    }

    private static JsonObject manifest(Path dir) throws IOException {
        return JsonParser.parseString(Files.readString(dir.resolve("survey.json"))).getAsJsonObject();
    }

    private static Path fresh(String name) throws IOException {
        Path dir = ClusterInThisJvm.fresh(WORK.resolve(name));
        Files.createDirectories(dir.resolve("alone"));
        return dir;
    }
}
