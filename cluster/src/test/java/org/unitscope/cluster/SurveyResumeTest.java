package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.cluster.SurveyResume.Action;

/**
 * What --resume does with each run's folder, from the folder's manifest.json (written here in the engine's form, the
 * run tree of {@link CanonicalDescriptionTest}); no Spark.
 */
class SurveyResumeTest {
    @TempDir
    Path out;

    private static final SurveyRun RUN = new SurveyRun("simple", CanonicalDescriptionTest.RAW, 1L);

    private void folder(String name, String status, String runTree) throws IOException {
        Files.createDirectories(out.resolve(name));
        Files.writeString(out.resolve(name).resolve("manifest.json"), "{\"status\": \"" + status + "\", \"finished\":"
                + " \"2026-11-28T14:31:39Z\", \"run\": " + runTree + ", \"timings_s\": {\"total\": 5.715}}");
    }

    private static SurveyRun named(String name) {
        return new SurveyRun(name, RUN.description(), 1L);
    }

    @Test
    void aCompleteRunOfTheSameDescriptionIsKeptWithItsOwnTime() throws IOException {
        folder("simple", "complete", CanonicalDescriptionTest.MANIFEST_RUN);
        SurveyResume plan = SurveyResume.plan(List.of(RUN), out, false);
        assertThat(plan.actions()).containsExactly(Map.entry("simple", Action.KEEP));
        assertThat(plan.toRun(List.of(RUN))).isEmpty();
        RunOutcome kept = plan.kept().get("simple");
        assertThat(kept.complete()).isTrue();
        assertThat(kept.mode()).isEqualTo(RunOutcome.KEPT);
        assertThat(kept.seconds()).isEqualTo(5.715);
    }

    @Test
    void anInterruptedRunContinuesAFailedOneIsReplacedAndAMissingOneRuns() throws IOException {
        folder("stopped", "incomplete", CanonicalDescriptionTest.MANIFEST_RUN);
        folder("killed", "running", CanonicalDescriptionTest.MANIFEST_RUN);
        folder("broken", "failed", CanonicalDescriptionTest.MANIFEST_RUN);
        List<SurveyRun> runs = List.of(named("stopped"), named("killed"), named("broken"), named("new"));
        SurveyResume plan = SurveyResume.plan(runs, out, false);
        assertThat(plan.actions()).containsExactly(Map.entry("stopped", Action.CONTINUE), Map.entry("killed", Action.CONTINUE),
                Map.entry("broken", Action.REPLACE), Map.entry("new", Action.RUN));
        assertThat(plan.refusals()).isEmpty();
        assertThat(plan.toRun(runs)).hasSize(4);
    }

    @Test
    void aFolderOfAnotherDescriptionIsRefusedByNameUnlessOverwrite() throws IOException {
        folder("simple", "complete", CanonicalDescriptionTest.MANIFEST_RUN.replace("\"seed\": 1", "\"seed\": 9"));
        SurveyResume refused = SurveyResume.plan(List.of(RUN), out, false);
        assertThat(refused.refusals()).singleElement().asString().contains("run 'simple'").contains(out.resolve("simple").toString())
                .contains("another run description").contains("seed: 1 here, 9 in the folder");
        SurveyResume overwritten = SurveyResume.plan(List.of(RUN), out, true);
        assertThat(overwritten.refusals()).isEmpty();
        assertThat(overwritten.actions()).containsExactly(Map.entry("simple", Action.REPLACE));
    }

    @Test
    void theCommandRefusesAnotherDescriptionBeforeAnythingRunsAndWritesNoSurveyFiles() throws IOException {
        Path home = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();
        Path results = out.resolve("results");
        Files.createDirectories(results.resolve("simple"));
        Files.writeString(results.resolve("simple/manifest.json"), "{\"status\": \"complete\", \"run\": "
                + CanonicalDescriptionTest.MANIFEST_RUN.replace("\"grid\": 8", "\"grid\": 16") + "}");
        Path survey = out.resolve("survey.json");
        Files.writeString(survey, "{\"runs\": [{\"name\": \"simple\", \"config\": " + RUN.description() + "}]}");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = SurveyCommand.execute(new String[] {survey.toString(), "--out", results.toString(), "--resume", "--unitscope",
            home.toString()}, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(e.toString(StandardCharsets.UTF_8)).contains("survey --resume: run 'simple'").contains("receptiveField: ")
                .contains("nothing run: give --overwrite");
        assertThat(results.resolve("survey.json")).doesNotExist();
    }
}
