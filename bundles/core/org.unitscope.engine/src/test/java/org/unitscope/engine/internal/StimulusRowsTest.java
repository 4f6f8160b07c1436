package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.stimulus.LabelTable;

class StimulusRowsTest {
    @Test
    void failedRowsLeaveBothLabelsAndResponses() {
        LabelTable labels = new LabelTable(List.of("category"), new double[][] {{0, 1, 2, 3}}, Map.of("category", List.of("a", "b", "c", "d")));
        float[] responses = {0, 10, 1, 11, 2, 12, 3, 13}; // 4 stimuli x 2 units
        ResponseTable t = StimulusRows.without(Set.of(1, 3), new ResponseTable("L", 2, labels, responses, 5));
        assertThat(t.stimuli()).isEqualTo(2);
        assertThat(t.labels().column("category")).containsExactly(0, 2);
        assertThat(t.responses()).containsExactly(0, 10, 2, 12);
        assertThat(t.labels().levels()).containsKey("category");
        assertThat(t.layer()).isEqualTo("L");
        assertThat(t.rfSize()).isEqualTo(5);
    }
}
