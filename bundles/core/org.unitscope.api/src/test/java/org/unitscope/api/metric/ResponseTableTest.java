package org.unitscope.api.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.stimulus.LabelTable;

class ResponseTableTest {

    private static LabelTable labels(int stimuli) {
        double[] c = new double[stimuli];
        for (int i = 0; i < stimuli; i++) {
            c[i] = i * 10;
        }
        return new LabelTable(List.of("orientation"), new double[][] {c}, Map.of());
    }

    @Test
    void sizeMustBeStimuliTimesUnits() {
        assertThatThrownBy(() -> new ResponseTable("l", 3, labels(4), new float[11]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 x 3");
        assertThatThrownBy(() -> new ResponseTable("l", 3, labels(4), new float[13]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitExtractsAColumnOfTheRowMajorArray() {
        // 4 stimuli x 3 units; value = 10 * stimulus + unit
        float[] r = new float[12];
        for (int s = 0; s < 4; s++) {
            for (int u = 0; u < 3; u++) {
                r[s * 3 + u] = 10 * s + u;
            }
        }
        ResponseTable t = new ResponseTable("conv1", 3, labels(4), r);
        assertThat(t.stimuli()).isEqualTo(4);
        assertThat(t.unit(0)).containsExactly(0, 10, 20, 30);
        assertThat(t.unit(1)).containsExactly(1, 11, 21, 31);
        assertThat(t.unit(2)).containsExactly(2, 12, 22, 32);
        assertThat(t.response(2, 1)).isEqualTo(21f);
        assertThat(t.response(3, 0)).isEqualTo(30f);
    }

    @Test
    void curveRowsMustMatchTheAxis() {
        assertThatThrownBy(() -> new Curve("ori", "deg", new double[] {0, 90}, new double[][] {{1, 2}, {1, 2, 3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ori");
        Curve c = new Curve("ori", "deg", new double[] {0, 90}, new double[][] {{1, 2}, {3, 4}});
        assertThat(c.values()[1]).containsExactly(3, 4);
    }
}
