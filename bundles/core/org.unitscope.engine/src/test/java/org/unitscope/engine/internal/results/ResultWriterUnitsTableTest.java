package org.unitscope.engine.internal.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.metric.MetricResult;

class ResultWriterUnitsTableTest {

    private static Map<String, Double> truth(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    private static <V> Map<String, V> ordered(String k1, V v1, String k2, V v2) {
        Map<String, V> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void unitsTableHasTruthAndMetricColumns() {
        // conv1: 2 units with full truth; two metrics
        Map<String, MetricResult> conv1Metrics = new LinkedHashMap<>();
        conv1Metrics.put("grating", new MetricResult(
                ordered("pref_ori", new double[] {22.5, 45}, "osi", new double[] {0.9, Double.NaN}),
                Map.of("class", new String[] {"simple", "complex"}), List.of(), "conv1 grating"));
        conv1Metrics.put("rf", new MetricResult(Map.of("rf_size", new double[] {3, 5}), Map.of(), List.of(), "rf"));
        LayerResult conv1 = new LayerResult("conv1", 2, 4, new float[8],
                List.of(truth("orientation", 22.5, "sf", 0.1, "phase_deg", 90),
                        truth("orientation", 45, "sf", 0.2, "phase_deg", 180)),
                conv1Metrics);

        // conv2: 1 unit whose truth has no phase_deg, an extra metric scalar column
        Map<String, MetricResult> conv2Metrics = new LinkedHashMap<>();
        conv2Metrics.put("grating", new MetricResult(
                ordered("pref_ori", new double[] {90}, "f1f0", new double[] {1.5}),
                Map.of("class", new String[] {"simple"}), List.of(), "conv2 grating"));
        LayerResult conv2 = new LayerResult("conv2", 1, 4, new float[4],
                List.of(truth("orientation", 90, "sf", 0.05)), conv2Metrics);

        // fc: a real network layer of an incomplete run: no truth, no metrics
        LayerResult fc = new LayerResult("fc", 2, 4, new float[8], List.of(), Map.of());

        String csv = ResultWriter.unitsTable(List.of(conv1, conv2, fc)).render();
        assertThat(csv.lines().toList()).containsExactly(
                "layer,channel,true_orientation,true_sf,true_phase_deg,pref_ori,osi,class,rf_size,f1f0",
                "conv1,0,22.50000,0.1000000,90.00000,22.50000,0.9000000,simple,3.000000,",
                "conv1,1,45.00000,0.2000000,180.0000,45.00000,,complex,5.000000,",
                "conv2,0,90.00000,0.05000000,,90.00000,,simple,,1.500000",
                "fc,0,,,,,,,,",
                "fc,1,,,,,,,,");
    }

    @Test
    void noLayersGivesJustLayerAndChannel() {
        assertThat(ResultWriter.unitsTable(List.of()).render()).isEqualTo("layer,channel\n");
    }
}
