package org.unitscope.api.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.Readout;

class RunDescriptionBuilderTest {

    private static final ComponentRef MODEL = new ComponentRef("synthetic-v1", Map.of("rf", 31L));
    private static final ComponentRef GRATINGS = new ComponentRef("gratings", Map.of());

    @Test
    void defaultsAreThoseOfTheJsonForm() {
        RunDescription d = RunDescription.builder().model(MODEL).stimulus("gratings").build();
        assertThat(d).isEqualTo(new RunDescription("run", MODEL, List.of(), Readout.centre(), GRATINGS, List.of(),
                List.of(), RfOptions.DEFAULT, null, 0L, RunDescription.AUTO_BATCH));
    }

    @Test
    void everyFieldIsSet() {
        ComponentRef noise = new ComponentRef("noise", Map.of("count", 100L));
        ComponentRef awa = new ComponentRef("awa", Map.of("shuffles", 9L));
        RfOptions rf = new RfOptions(8, false, 1L << 20);
        RunDescription d = RunDescription.builder().name("rf").model(MODEL).layers("simple", "complex").readout(Readout.mean())
                .stimulus(noise).metric("orientation").metric(new ComponentRef("spatial-frequency", Map.of("smoothingOctaves", 0.25)))
                .estimator(awa).rf(rf).prediction(GRATINGS).seed(7).batchSize(64).build();
        assertThat(d).isEqualTo(new RunDescription("rf", MODEL, List.of("simple", "complex"), Readout.mean(), noise,
                List.of(new ComponentRef("orientation", Map.of()), new ComponentRef("spatial-frequency", Map.of("smoothingOctaves", 0.25))),
                List.of(awa), rf, GRATINGS, 7L, 64));
    }

    @Test
    void listsReplaceAndItemsAppend() {
        RunDescription d = RunDescription.builder().model(MODEL).stimulus(GRATINGS).metric("category")
                .metrics(List.of(new ComponentRef("orientation", Map.of()))).metric("phase-modulation").build();
        assertThat(d.metrics()).extracting(ComponentRef::id).containsExactly("orientation", "phase-modulation");
    }

    @Test
    void toBuilderCopiesAndDerives() {
        RunDescription d = RunDescription.builder().name("x").model(MODEL).stimulus(GRATINGS).estimator(GRATINGS).seed(3).build();
        assertThat(d.toBuilder().build()).isEqualTo(d);
        RunDescription bounded = d.toBuilder().rf(d.rf().withMaxMemory(1024)).build();
        assertThat(bounded.rf().maxMemoryBytes()).isEqualTo(1024);
        assertThat(bounded.toBuilder().rf(d.rf()).build()).isEqualTo(d);
    }

    @Test
    void buildRejectsIncompleteDescriptions() {
        assertThatThrownBy(() -> RunDescription.builder().stimulus(GRATINGS).build()).hasMessageContaining("needs a model");
        assertThatThrownBy(() -> RunDescription.builder().model(MODEL).build()).hasMessageContaining("needs a stimulus set");
        assertThatThrownBy(() -> RunDescription.builder().name(" ").model(MODEL).stimulus(GRATINGS).build())
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> RunDescription.builder().model(MODEL).stimulus(GRATINGS).readout(null).build())
                .hasMessageContaining("needs a readout");
    }

    @Test
    void buildAppliesTheRecordsChecks() {
        assertThatThrownBy(() -> RunDescription.builder().model(MODEL).stimulus(GRATINGS).prediction(GRATINGS).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs receptive-field estimators");
        assertThatThrownBy(() -> RunDescription.builder().model(MODEL).stimulus(GRATINGS).batchSize(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
    }

    @Test
    void aLayerNamedTwiceIsRefusedRatherThanReportedTwice() {
        assertThatThrownBy(() -> RunDescription.builder().model(MODEL).stimulus(GRATINGS).layers("conv1", "conv2", "conv1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("layer 'conv1' is named twice in layers");
    }
}
