package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * A survey's run description against the form a run's manifest.json records it in. The manifest tree below is the
 * {@code "run"} of the manifest that {@code bin/unitscope run} wrote for {@link #RAW} (engine, not this class).
 */
class CanonicalDescriptionTest {
    static final String RAW = "{\"name\": \"cluster test simple\", \"model\": {\"id\": \"synthetic-v1\"}, \"layers\": [\"simple\"],"
            + " \"stimulus\": {\"id\": \"gratings\", \"orientationCount\": 6, \"sfCount\": 3, \"phaseCount\": 4},"
            + " \"metrics\": [{\"id\": \"orientation\"}, {\"id\": \"spatial-frequency\"}, {\"id\": \"phase-modulation\"}],"
            + " \"estimators\": [{\"id\": \"awa\", \"parameters\": {\"shuffles\": 19}}],"
            + " \"receptiveField\": {\"grid\": 8, \"maxMemory\": \"256m\", \"blockSize\": 128}, \"seed\": 1, \"batchSize\": 50}";
    static final String MANIFEST_RUN = "{\"name\": \"cluster test simple\", \"model\": {\"id\": \"synthetic-v1\", \"parameters\": {}},"
            + " \"layers\": [\"simple\"], \"readout\": \"centre\", \"stimulus\": {\"id\": \"gratings\", \"parameters\":"
            + " {\"orientationCount\": 6, \"sfCount\": 3, \"phaseCount\": 4}}, \"metrics\": [{\"id\": \"orientation\", \"parameters\": {}},"
            + " {\"id\": \"spatial-frequency\", \"parameters\": {}}, {\"id\": \"phase-modulation\", \"parameters\": {}}],"
            + " \"estimators\": [{\"id\": \"awa\", \"parameters\": {\"shuffles\": 19}}], \"receptiveField\": {\"grid\": 8,"
            + " \"channels\": \"mean\", \"maxMemory\": 268435456, \"blockSize\": 128}, \"seed\": 1, \"batchSize\": 50}";

    private static JsonObject manifest(String json) {
        return CanonicalDescription.of(JsonParser.parseString(json).getAsJsonObject());
    }

    @Test
    void aDescriptionIsTheSameAsTheRunTreeTheEngineRecordedForIt() {
        assertThat(CanonicalDescription.difference(CanonicalDescription.of(RAW), manifest(MANIFEST_RUN))).isNull();
    }

    @Test
    void defaultsSpelledOutAndNumbersWrittenAnotherWayAreTheSameDescription() {
        String explicit = RAW.replace("\"layers\"", "\"readout\": \"center\", \"batchSize\": 50.0, \"layers\"").replace(", \"batchSize\": 50}", "}")
                .replace("\"grid\": 8", "\"grid\": 8, \"channels\": \"mean\"").replace("\"shuffles\": 19", "\"shuffles\": 1.9e1");
        assertThat(CanonicalDescription.difference(CanonicalDescription.of(explicit), manifest(MANIFEST_RUN))).isNull();
    }

    @Test
    void anotherSeedIsNamedAsTheDifference() {
        String other = RAW.replace("\"seed\": 1", "\"seed\": 5");
        assertThat(CanonicalDescription.difference(CanonicalDescription.of(other), manifest(MANIFEST_RUN)))
                .isEqualTo("seed: 5 here, 1 in the folder");
    }

    @Test
    void aSeedLeftOutIsSeedZeroNotTheFoldersSeed() {
        String none = RAW.replace(", \"seed\": 1", "");
        assertThat(CanonicalDescription.difference(CanonicalDescription.of(none), manifest(MANIFEST_RUN))).startsWith("seed: 0 here");
    }

    @Test
    void anotherStimulusParameterOrMemoryBudgetIsADifference() {
        assertThat(CanonicalDescription.difference(CanonicalDescription.of(RAW.replace("\"sfCount\": 3", "\"sfCount\": 4")),
                manifest(MANIFEST_RUN))).startsWith("stimulus: ");
        assertThat(CanonicalDescription.difference(CanonicalDescription.of(RAW.replace("256m", "512m")), manifest(MANIFEST_RUN)))
                .startsWith("receptiveField: ");
    }
}
