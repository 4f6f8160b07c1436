package org.unitscope.api.stimulus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelTableTest {

    @Test
    void columnsOfDifferentLengthAreRejected() {
        assertThatThrownBy(() -> new LabelTable(List.of("orientation", "sf"),
                new double[][] {{0, 45, 90}, {0.1, 0.2}}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneColumnPerName() {
        assertThatThrownBy(() -> new LabelTable(List.of("orientation", "sf"), new double[][] {{0, 45}}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnByNameAndCount() {
        LabelTable t = new LabelTable(List.of("orientation", "sf"),
                new double[][] {{0, 45, 90}, {0.1, 0.2, 0.3}}, Map.of());
        assertThat(t.count()).isEqualTo(3);
        assertThat(t.column("sf")).containsExactly(0.1, 0.2, 0.3);
        assertThat(t.column("orientation")).containsExactly(0, 45, 90);
        assertThat(t.has("sf")).isTrue();
        assertThat(t.has("phase")).isFalse();
    }

    @Test
    void unknownColumnListsTheNames() {
        LabelTable t = new LabelTable(List.of("orientation", "sf"),
                new double[][] {{0}, {0.1}}, Map.of());
        assertThatThrownBy(() -> t.column("phase")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phase").hasMessageContaining("orientation").hasMessageContaining("sf");
    }

    @Test
    void emptyTableHasNoRows() {
        LabelTable t = new LabelTable(List.of(), new double[0][], Map.of());
        assertThat(t.count()).isZero();
    }
}
