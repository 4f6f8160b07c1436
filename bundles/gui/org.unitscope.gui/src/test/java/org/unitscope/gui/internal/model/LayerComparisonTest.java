package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerComparisonTest {
    private static final UnitsTable TRAINED = UnitsTable.parse("""
            layer,channel,circ_var,ori_status,pref_ori_deg
            conv1,0,0.1,tuned,10
            conv1,1,0.3,tuned,20
            conv1,2,0.9,untuned,
            conv1,3,,unresponsive,
            conv2,0,0.2,tuned,0
            """);
    private static final UnitsTable UNTRAINED = UnitsTable.parse("""
            layer,channel,circ_var,ori_status
            conv1,0,0.8,untuned
            conv1,1,0.6,tuned
            conv3,0,0.95,untuned
            """);

    @Test
    void layerByLayerMediansCountsAndTunedFractions() {
        List<LayerComparison.Row> rows = LayerComparison.compare(TRAINED, UNTRAINED, "circ_var");
        assertThat(rows).extracting(LayerComparison.Row::layer).containsExactly("conv1", "conv2", "conv3");
        assertThat(rows.get(0).a()).isEqualTo(new LayerComparison.Side(4, 3, 0.3, 0.5));
        assertThat(rows.get(0).b()).isEqualTo(new LayerComparison.Side(2, 2, 0.7, 0.5));
        assertThat(rows.get(1).b()).isNull();
        assertThat(rows.get(2).a()).isNull();
        assertThat(rows.get(2).b().median()).isEqualTo(0.95);
    }

    @Test
    void onlyNumericColumnsBothRunsHaveCanBeCompared() {
        assertThat(LayerComparison.commonNumericColumns(TRAINED, UNTRAINED)).containsExactly("circ_var");
    }
}
