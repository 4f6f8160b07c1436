package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyDescriptionTest {
    @TempDir
    Path dir;

    @Test
    void aGridIsEveryCombinationOfModelsWeightsLayersAndStimuliNamedByItsValues() throws IOException {
        Files.writeString(dir.resolve("base.json"), "{\"model\": {\"id\": \"vgg16\"}, \"layers\": [], \"seed\": 7,"
                + " \"stimulus\": {\"id\": \"gratings\"}, \"metrics\": [\"orientation\"]}");
        Path survey = write("{\"grid\": {\"base\": \"base.json\", \"weights\": [\"untrained\", \"models/fashion-mnist-vgg16-w16.params\"],"
                + " \"layers\": [\"block1_conv1\", [\"block2_conv1\", \"block2_conv2\"]]}}");

        List<SurveyRun> runs = read(survey);

        assertThat(runs).extracting(SurveyRun::name).containsExactly("vgg16-untrained-block1_conv1",
                "vgg16-untrained-block2_conv1+block2_conv2", "vgg16-fashion-mnist-vgg16-w16-block1_conv1",
                "vgg16-fashion-mnist-vgg16-w16-block2_conv1+block2_conv2");
        JsonObject last = JsonParser.parseString(runs.get(3).description()).getAsJsonObject();
        assertThat(last.getAsJsonObject("model").get("weights").getAsString()).isEqualTo("models/fashion-mnist-vgg16-w16.params");
        assertThat(last.getAsJsonArray("layers")).hasSize(2);
        assertThat(runs).extracting(SurveyRun::seed).containsOnly(7L);
    }

    @Test
    void aRunListTakesInlineDescriptionsAndReferencesWithOverrides() throws IOException {
        Files.writeString(dir.resolve("v1.json"), "{\"model\": \"synthetic-v1\", \"seed\": 1}");
        Path survey = write("[{\"name\": \"a\", \"config\": \"v1.json\", \"set\": {\"seed\": 5}},"
                + " {\"name\": \"b\", \"config\": {\"model\": \"synthetic-v1\"}}]");

        List<SurveyRun> runs = read(survey);

        assertThat(runs).extracting(SurveyRun::name).containsExactly("a", "b");
        assertThat(runs.get(0).seed()).isEqualTo(5L);
        assertThat(runs.get(1).seed()).isNull();
    }

    @Test
    void twoRunsWithOneNameAreRefusedBeforeAnythingRuns() throws IOException {
        Path survey = write("[{\"name\": \"a\", \"config\": {}}, {\"name\": \"a\", \"config\": {}}]");

        assertThatThrownBy(() -> read(survey)).hasMessageContaining("two runs of the survey are named 'a'");
    }

    @Test
    void theCommandPrintsARefusedSurveyAsItsSentenceNotAsAnExceptionAndStartsNoSpark() throws IOException {
        Path survey = write("[{\"name\": \"a\", \"config\": {}}, {\"name\": \"a\", \"config\": {}}]");
        Path home = Path.of(System.getProperty("unitscope.home", "../runtime/target/unitscope")).toAbsolutePath().normalize();

        ClusterInThisJvm.Result r = ClusterInThisJvm.execute(survey.toString(), "--out", dir.resolve("out").toString(), "--unitscope", home.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("unitscope-cluster: two runs of the survey are named 'a'").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("survey:");
    }

    @Test
    void aMissingReferenceNamesTheFileAndWhereItWasLookedFor() throws IOException {
        Path survey = write("[{\"name\": \"a\", \"config\": \"nowhere.json\"}]");

        assertThatThrownBy(() -> read(survey)).hasMessageContaining("'nowhere.json' not found").hasMessageContaining(dir.toString());
    }

    private Path write(String json) throws IOException {
        Path survey = dir.resolve("survey.json");
        Files.writeString(survey, json);
        return survey;
    }

    private List<SurveyRun> read(Path survey) throws IOException {
        return new SurveyDescription(List.of(dir)).read(survey);
    }
}
