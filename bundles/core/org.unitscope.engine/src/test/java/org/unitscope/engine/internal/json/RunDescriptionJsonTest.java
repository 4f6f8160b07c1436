package org.unitscope.engine.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Readout;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.RunDescription;

class RunDescriptionJsonTest {

    private final RunDescriptionJson json = new RunDescriptionJson();

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void fullDescriptionRoundTrips() {
        // JSON numbers come back as Long (whole) or Double: the original uses those types
        RunDescription d = RunDescription.builder().name("vgg-gratings")
                .model(new ComponentRef("vgg16", params("weights", "/models/vgg16 \"x\".h5", "size", 224L)))
                .layers("block1_conv1", "block3_conv2")
                .readout(Readout.at(5, 6))
                .stimulus(new ComponentRef("gratings", params("sfs", List.of(0.05, 0.1, 2L), "phases", 8L, "mirror", true,
                        "nested", params("a", 1.5))))
                .metric(new ComponentRef("grating-tuning", params("threshold", 0.25)))
                .metric("rf-size")
                .seed(-1234567890123L).batchSize(32).build();
        String text = json.toJson(d);
        RunDescription back = json.parse(text);

        assertThat(back.name()).isEqualTo("vgg-gratings");
        assertThat(back.model()).isEqualTo(d.model());
        assertThat(back.model().parameters()).containsExactly(
                Map.entry("weights", "/models/vgg16 \"x\".h5"), Map.entry("size", 224L));
        assertThat(back.layers()).containsExactly("block1_conv1", "block3_conv2");
        assertThat(back.readout()).isEqualTo(Readout.at(5, 6));
        assertThat(back.stimulus().id()).isEqualTo("gratings");
        assertThat(back.stimulus().parameters()).isEqualTo(d.stimulus().parameters());
        assertThat(back.metrics()).containsExactly(d.metrics().get(0), d.metrics().get(1));
        assertThat(back.seed()).isEqualTo(-1234567890123L);
        assertThat(back.batchSize()).isEqualTo(32);
        assertThat(back).isEqualTo(d);
        // and the JSON form is stable
        assertThat(json.toJson(back)).isEqualTo(text);
    }

    @Test
    void receptiveFieldOptionsAndThePredictionRoundTrip() {
        RunDescription d = json.parse("{\"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"noise\", \"count\": 100},"
                + " \"estimators\": [\"awa\", {\"id\": \"awc\", \"shuffles\": 39}],"
                + " \"receptiveField\": {\"grid\": 12, \"channels\": \"all\", \"maxMemory\": \"1.5g\"},"
                + " \"prediction\": {\"id\": \"gratings\", \"phaseCount\": 4}}");
        assertThat(d.rf()).isEqualTo(new org.unitscope.api.run.RfOptions(12, false, 3L << 29));
        assertThat(d.prediction()).isEqualTo(new ComponentRef("gratings", Map.of("phaseCount", 4L)));
        assertThat(json.parse(json.toJson(d))).isEqualTo(d);
        RunDescription defaults = json.parse("{\"model\": \"synthetic-v1\", \"stimulus\": \"noise\", \"estimators\": [\"awa\"]}");
        assertThat(defaults.rf()).isEqualTo(org.unitscope.api.run.RfOptions.DEFAULT);
        assertThat(json.parse(json.toJson(defaults))).isEqualTo(defaults);
    }

    @Test
    void badReceptiveFieldOptionsAreClearErrors() {
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"receptiveField\": {\"grd\": 3}}"))
                .hasMessageContaining("receptiveField.grd");
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"receptiveField\": {\"channels\": \"rgb\"}}"))
                .hasMessageContaining("\"mean\" or \"all\"");
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"prediction\": \"gratings\"}"))
                .hasMessageContaining("needs 'estimators'");
    }

    @Test
    void meanReadoutAndDefaultsRoundTrip() {
        RunDescription d = RunDescription.builder().model("synthetic-v1").readout(Readout.mean()).stimulus("gratings")
                .batchSize(64).build();
        assertThat(json.parse(json.toJson(d))).isEqualTo(d);
    }

    @Test
    void builderDefaultsAreTheParsersDefaults() {
        RunDescription parsed = json.parse("{\"model\": \"synthetic-v1\", \"stimulus\": \"gratings\"}");
        assertThat(RunDescription.builder().model("synthetic-v1").stimulus("gratings").build()).isEqualTo(parsed);
    }

    @Test
    void shorthandKeysAreParameters() {
        RunDescription d = json.parse("{\"model\": {\"id\": \"vgg16\", \"weights\": \"/x.h5\"}, "
                + "\"stimulus\": \"gratings\"}");
        assertThat(d.model().id()).isEqualTo("vgg16");
        assertThat(d.model().parameters()).isEqualTo(Map.of("weights", "/x.h5"));
    }

    @Test
    void plainStringModel() {
        RunDescription d = json.parse("{\"model\": \"synthetic-v1\", \"stimulus\": {\"id\": \"gratings\"}}");
        assertThat(d.model()).isEqualTo(new ComponentRef("synthetic-v1", Map.of()));
        assertThat(d.stimulus()).isEqualTo(new ComponentRef("gratings", Map.of()));
    }

    @Test
    void parametersObjectIsMergedWithShorthandKeys() {
        RunDescription d = json.parse("{\"model\": \"m\", \"stimulus\": {\"id\": \"gratings\", "
                + "\"parameters\": {\"sfs\": [0.1, 2], \"size\": 64}, \"phases\": 4}}");
        Map<String, Object> p = d.stimulus().parameters();
        assertThat(p).containsOnlyKeys("sfs", "size", "phases");
        assertThat(p.get("sfs")).isEqualTo(List.of(0.1, 2L));
        assertThat(p.get("size")).isEqualTo(64L);
        assertThat(p.get("phases")).isEqualTo(4L);
    }

    @Test
    void metricsInBothForms() {
        RunDescription d = json.parse("{\"model\": \"m\", \"stimulus\": \"s\", "
                + "\"metrics\": [\"grating-tuning\", {\"id\": \"rf\", \"threshold\": 0.5}]}");
        assertThat(d.metrics()).containsExactly(new ComponentRef("grating-tuning", Map.of()),
                new ComponentRef("rf", Map.of("threshold", 0.5)));
    }

    @Test
    void defaults() {
        RunDescription d = json.parse("{\"model\": \"m\", \"stimulus\": \"s\"}");
        assertThat(d.name()).isEqualTo("run");
        assertThat(d.seed()).isZero();
        assertThat(d.batchSize()).isEqualTo(RunDescription.AUTO_BATCH).isEqualTo(RunDescriptionJson.DEFAULT_BATCH);
        assertThat(json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"batchSize\": \"auto\"}").batchSize()).isZero();
        assertThat(json.toJson(d)).contains("\"batchSize\": \"auto\"");
        assertThat(d.readout()).isEqualTo(Readout.centre());
        assertThat(d.layers()).isEmpty();
        assertThat(d.metrics()).isEmpty();
    }

    @Test
    void readoutPosition() {
        RunDescription d = json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"readout\": \"5,6\"}");
        assertThat(d.readout().mode()).isEqualTo(Readout.Mode.POSITION);
        assertThat(d.readout().row()).isEqualTo(5);
        assertThat(d.readout().col()).isEqualTo(6);
    }

    @Test
    void badReadoutIsAUnitscopeException() {
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"readout\": \"middle\"}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("middle");
    }

    @Test
    void unknownTopLevelKeyIsNamed() {
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"batchsize\": 8}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'batchsize'");
    }

    @Test
    void missingModelIsNamed() {
        assertThatThrownBy(() -> json.parse("{\"stimulus\": \"s\"}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'model'");
    }

    @Test
    void missingStimulusIsNamed() {
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\"}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'stimulus'");
    }

    @Test
    void referenceWithoutIdIsRejected() {
        assertThatThrownBy(() -> json.parse("{\"model\": {\"weights\": \"/x.h5\"}, \"stimulus\": \"s\"}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'model'");
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"metrics\": [\"a\", {}]}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("metrics[1]");
    }

    @Test
    void invalidJsonIsAUnitscopeException() {
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": "))
                .isInstanceOf(UnitscopeException.class);
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\"} trailing"))
                .isInstanceOf(UnitscopeException.class);
    }

    @Test
    void nonObjectIsAUnitscopeException() {
        assertThatThrownBy(() -> json.parse("[1, 2]")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("object");
    }

    @Test
    void batchSizeMustBePositive() {
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"batchSize\": 0}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"batchSize\": -3}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("batchSize");
    }

    @Test
    void nonNumericSeedIsNamed() {
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"seed\": true}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'seed'");
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"batchSize\": {}}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'batchSize'");
    }

    @Test
    void layersMustBeAnArray() {
        assertThatThrownBy(() -> json.parse("{\"model\": \"m\", \"stimulus\": \"s\", \"layers\": \"conv1\"}"))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("'layers'");
    }

    @Test
    void explicitValues() {
        RunDescription d = json.parse("{\"name\": \"n1\", \"model\": \"m\", \"stimulus\": \"s\", "
                + "\"layers\": [\"a\", \"b\"], \"seed\": 42, \"batchSize\": 16, \"readout\": \"mean\"}");
        assertThat(d.name()).isEqualTo("n1");
        assertThat(d.layers()).containsExactly("a", "b");
        assertThat(d.seed()).isEqualTo(42L);
        assertThat(d.batchSize()).isEqualTo(16);
        assertThat(d.readout()).isEqualTo(Readout.mean());
    }
}
