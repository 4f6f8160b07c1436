package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.cluster.ClusterInThisJvm.Result;

/**
 * A survey whose task crashes on every attempt ({@code local[2,2]}: two attempts), then the same survey with
 * --resume. Needs runtime/target/unitscope (the reactor builds it first).
 */
class SurveyResumeOnLocalSparkTest {
    private static final Path HOME = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("unitscope.cluster.work", "target/survey-tests"));
    private static final List<String> NAMES = List.of("simple", "complex", "dog");

    private static String run(String layer, int seed) {
        return "{\"name\": \"resume test " + layer + "\", \"model\": {\"id\": \"synthetic-v1\"}, \"layers\": [\"" + layer + "\"],"
                + " \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 6, \"sfCount\": 3, \"phaseCount\": 4},"
                + " \"metrics\": [{\"id\": \"orientation\"}, {\"id\": \"phase-modulation\"}], \"seed\": " + seed + "}";
    }

    @Test
    void aTaskThatCrashesEveryAttemptIsListedAsFailedWithSparksReasonAndAResumeKeepsTheOtherRunsAndRunsOnlyIt() throws Exception {
        Path dir = fresh("crash-resume");
        Path survey = dir.resolve("survey.json");
        Files.writeString(survey, "{\"runs\": [" + String.join(", ", NAMES.stream().map(n -> "{\"name\": \"" + n + "\", \"config\": "
                + run(n, NAMES.indexOf(n) + 1) + "}").toList()) + "]}");
        Path out = dir.resolve("survey");
        System.setProperty(RunTask.CRASH_PROPERTY, "complex");
        Result crashed;
        try {
            crashed = survey(survey, out, "local[2,2]", false);
        } finally {
            System.clearProperty(RunTask.CRASH_PROPERTY);
        }

        assertThat(crashed.code()).isEqualTo(1);
        assertThat(crashed.err()).contains("run 'complex' failed").contains("test crash of the task of run 'complex'");
        JsonObject m = manifest(out);
        assertThat(m.get("runs_complete").getAsInt()).isEqualTo(2);
        assertThat(m.get("runs_lost").getAsInt()).isEqualTo(1);
        JsonObject lost = m.getAsJsonArray("runs").get(1).getAsJsonObject();
        assertThat(lost.get("status").getAsString()).isEqualTo("failed");
        assertThat(lost.get("mode").getAsString()).isEqualTo("lost");
        assertThat(lost.get("attempts").getAsInt()).isEqualTo(2);
        assertThat(lost.get("message").getAsString()).contains("failed 2 times").contains("test crash of the task of run 'complex'");
        List<String> table = Files.readAllLines(out.resolve("survey.csv"));
        assertThat(table.subList(1, table.size())).extracting(l -> l.split(",")[0]).containsExactly("simple", "dog");
        byte[] simpleManifest = Files.readAllBytes(out.resolve("simple/manifest.json"));

        Result resumed = survey(survey, out, "local[2]", true);

        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("survey: --resume: 2 of 3 runs kept (complete, same description), 0 to continue, 1 to run")
                .contains("survey: 1/1 runs done").contains("survey complete: 3/3 runs complete (2 kept)");
        JsonObject after = manifest(out);
        assertThat(after.getAsJsonArray("runs").asList()).extracting(r -> r.getAsJsonObject().get("mode").getAsString())
                .containsExactly("kept", "run", "kept");
        assertThat(after.get("runs_kept").getAsInt()).isEqualTo(2);
        assertThat(Files.readAllBytes(out.resolve("simple/manifest.json"))).as("the kept run was not run again").isEqualTo(simpleManifest);
        List<String> all = Files.readAllLines(out.resolve("survey.csv"));
        assertThat(all).contains(table.get(1), table.get(2));
        assertThat(all.subList(1, all.size())).extracting(l -> l.split(",")[0]).containsExactly("simple", "complex", "dog");
    }

    private static Result survey(Path survey, Path out, String master, boolean resume) {
        List<String> args = new ArrayList<>(List.of(survey.toString(), "--out", out.toString(), "--master", master, "--unitscope",
                HOME.toString()));
        if (resume) {
            args.add("--resume");
        }
        return ClusterInThisJvm.execute(args.toArray(String[]::new));
    }

    private static JsonObject manifest(Path dir) throws IOException {
        return JsonParser.parseString(Files.readString(dir.resolve("survey.json"))).getAsJsonObject();
    }

    private static Path fresh(String name) throws IOException {
        return ClusterInThisJvm.fresh(WORK.resolve(name));
    }
}
