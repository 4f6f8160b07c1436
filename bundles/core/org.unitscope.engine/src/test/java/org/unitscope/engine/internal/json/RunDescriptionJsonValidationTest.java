package org.unitscope.engine.internal.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitscope.api.UnitscopeException;

/** Malformed values are errors naming the key, never silent truncation or a raw runtime exception. */
class RunDescriptionJsonValidationTest {
    private final RunDescriptionJson json = new RunDescriptionJson();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"seed\": \"abc\"              | seed",
            "\"seed\": [1]                  | seed",
            "\"batchSize\": 2.7             | batchSize",
            "\"batchSize\": 4294967360      | batchSize",
            "\"name\": {}                   | name",
            "\"layers\": [{}]               | layers",
            "\"readout\": null              | readout",
            "\"readout\": \"-1,-1\"         | negative",
            "\"layers\": [\"a\", \"a\"]       | layer 'a' is named twice in layers",
            "\"seed\": 1e400                | seed"})
    void rejects(String field, String named) {
        String text = "{\"model\": \"m\", \"stimulus\": \"s\", " + field + "}";
        assertThatThrownBy(() -> json.parse(text)).isInstanceOf(UnitscopeException.class).hasMessageContaining(named);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\": {}}                       | model.id",
            "{\"id\": \"m\", \"parameters\": 5}    | model.parameters",
            "{\"id\": \"m\", \"parameters\": null} | model.parameters"})
    void rejectsMalformedServiceReferences(String model, String named) {
        String text = "{\"model\": " + model + ", \"stimulus\": \"s\"}";
        assertThatThrownBy(() -> json.parse(text)).isInstanceOf(UnitscopeException.class).hasMessageContaining(named);
    }
}
