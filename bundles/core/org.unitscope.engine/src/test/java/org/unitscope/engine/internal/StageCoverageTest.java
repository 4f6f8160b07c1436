package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.Readout;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stage.RunStage;

class StageCoverageTest {
    private static final RunDescription WITH_ESTIMATORS = new RunDescription("rf", new ComponentRef("m", Map.of()), List.of(),
            Readout.centre(), new ComponentRef("noise", Map.of()), List.of(), List.of(new ComponentRef("awa", Map.of())), null, null, 1, 4);
    private static final RunDescription WITH_PREDICTION = new RunDescription("rf", new ComponentRef("m", Map.of()), List.of(),
            Readout.centre(), new ComponentRef("noise", Map.of()), List.of(), List.of(new ComponentRef("awa", Map.of())), null,
            new ComponentRef("gratings", Map.of()), 1, 4);

    @Test
    void aRunNamingEstimatorsIsRefusedWhenNoInstalledStageComputesReceptiveFields() {
        assertThatThrownBy(() -> StageCoverage.require(WITH_ESTIMATORS, List.of()))
                .hasMessageContaining("names receptive-field estimators but no installed run stage at order 300")
                .hasMessageContaining("org.unitscope.stage.rf");
        ProvidedStage declining = stage(RunStage.RECEPTIVE_FIELDS, false);
        assertThatThrownBy(() -> StageCoverage.require(WITH_ESTIMATORS, List.of(declining))).hasMessageContaining("order 300");
        assertThatNoException().isThrownBy(() -> StageCoverage.require(WITH_ESTIMATORS, List.of(stage(RunStage.RECEPTIVE_FIELDS, true))));
    }

    @Test
    void aPredictionNeedsAPredictionStageAndAPlainRunNeedsNone() {
        assertThatThrownBy(() -> StageCoverage.require(WITH_PREDICTION, List.of(stage(RunStage.RECEPTIVE_FIELDS, true))))
                .hasMessageContaining("asks for a prediction");
        assertThatNoException().isThrownBy(() -> StageCoverage.require(WITH_PREDICTION,
                List.of(stage(RunStage.RECEPTIVE_FIELDS, true), stage(RunStage.PREDICTION, true))));
        RunDescription plain = new RunDescription("plain", new ComponentRef("m", Map.of()), List.of(), Readout.centre(),
                new ComponentRef("gratings", Map.of()), List.of(), List.of(), null, null, 1, 4);
        assertThatNoException().isThrownBy(() -> StageCoverage.require(plain, List.of()));
    }

    private static ProvidedStage stage(int order, boolean applies) {
        return new ProvidedStage(new RunStage() {
            @Override
            public String id() {
                return "stage-" + order;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean appliesTo(RunDescription d) {
                return applies;
            }

            @Override
            public void run(org.unitscope.api.stage.StageContext context) {
            }
        }, "test");
    }
}
