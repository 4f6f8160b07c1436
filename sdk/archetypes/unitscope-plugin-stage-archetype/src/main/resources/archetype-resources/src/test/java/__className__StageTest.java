package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stimulus.LabelTable;

class ${className}StageTest {

    @Test
    void eachUnitListsItsStrongestStimuliWithTheirLabels() {
        // 5 stimuli x 2 units, row-major: unit 0 peaks at stimulus 0, then 3; unit 1 at stimulus 4, then 0
        float[] values = {9, 1, 5, 0, 2, 0, 7, 0, 3, 8};
        LabelTable labels = new LabelTable(List.of("orientation"), new double[][] {{0, 30, 60, 90, 120}}, Map.of());
        TopStimuli table = new TopStimuli(labels);
        table.add(new LayerActivations("conv1", 2, 3, values), 5, 2, Set.of());
        assertEquals("layer,channel,rank,stimulus,response,orientation\n"
                + "conv1,0,1,0,9.00000,0.00000\n"
                + "conv1,0,2,3,7.00000,90.0000\n"
                + "conv1,1,1,4,8.00000,120.000\n"
                + "conv1,1,2,0,1.00000,0.00000\n", table.csv());
    }

    @Test
    void failedStimuliAreLeftOut() {
        float[] values = {1, 5, 3};
        LabelTable labels = new LabelTable(List.of(), new double[0][], Map.of());
        TopStimuli table = new TopStimuli(labels);
        table.add(new LayerActivations("l", 1, 1, values), 3, 1, Set.of(1));
        assertEquals("layer,channel,rank,stimulus,response\nl,0,1,2,3.00000\n", table.csv());
    }

    /** A configuration as Declarative Services hands it to the stage, from the declared type and its defaults. */
    private static ${className}Stage.Config config(Map<String, Object> properties) {
        return Parameters.resolve(ServiceInfo.of("${serviceId}", "0.1.0", ${className}Stage.Config.class), properties)
                .as(${className}Stage.Config.class);
    }

    @Test
    void settingsComeFromTheConfigurationTypeWithItsDefaults() {
        assertEquals(new ${className}Stage.Settings(5, 260), ${className}Stage.Settings.of(config(Map.of("top", 5, "order", 260))));
        assertEquals(new ${className}Stage.Settings(3, RunStage.METRICS + 50), ${className}Stage.Settings.of(config(Map.of())));
    }

    @Test
    void aTopBelowOneIsRefused() {
        assertThrows(UnitscopeException.class, () -> config(Map.of("top", 0)), "the declared limit");
        ${className}Stage.Config zero = new ${className}Stage.Config() { // what a ConfigAdmin configuration may say
            @Override
            public int top() {
                return 0;
            }

            @Override
            public int order() {
                return 250;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ${className}Stage.Config.class;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> ${className}Stage.Settings.of(zero));
    }
}
