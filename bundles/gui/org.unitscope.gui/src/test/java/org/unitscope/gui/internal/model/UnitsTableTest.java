package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.math.io.CsvTable;

class UnitsTableTest {

    @Test
    void readsWhatTheEnginesCsvWriterWrites() {
        CsvTable csv = new CsvTable(List.of("layer", "channel", "circ_var", "ori_status", "note"));
        csv.row().set("layer", "simple").set("channel", 0).set("circ_var", 0.25).set("ori_status", "tuned").set("note", "a, \"b\"");
        csv.row().set("layer", "simple").set("channel", 1).set("circ_var", Double.NaN).set("ori_status", "unresponsive");
        csv.row().set("layer", "complex").set("channel", 0).set("circ_var", 0.5).set("ori_status", "tuned");
        UnitsTable t = UnitsTable.parse(csv.render());
        assertThat(t.columns()).containsExactly("layer", "channel", "circ_var", "ori_status", "note");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.cell(0, "note")).isEqualTo("a, \"b\"");
        assertThat(t.cell(1, "circ_var")).isEmpty();
        assertThat(t.numeric(t.column("circ_var"))).isTrue();
        assertThat(t.numeric(t.column("channel"))).isTrue();
        assertThat(t.numeric(t.column("ori_status"))).isFalse();
        assertThat(t.layers()).containsExactly(java.util.Map.entry("simple", List.of(0, 1)), java.util.Map.entry("complex", List.of(2)));
        assertThat(t.indexInLayer(2)).isZero();
        assertThat(t.indexInLayer(1)).isEqualTo(1);
        assertThat(t.row(2)).containsEntry("layer", "complex").containsEntry("circ_var", "0.5000000");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> UnitsTable.parse("a,b\n1,2,3\n")).hasMessageContaining("a row has 3 cells, the header 2");
    }
}
