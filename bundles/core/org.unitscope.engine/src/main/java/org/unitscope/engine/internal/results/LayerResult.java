package org.unitscope.engine.internal.results;

import java.util.List;
import java.util.Map;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.stage.ResponseStore;

/**
 * Everything written for one layer: responses to the first {@code stimuli} stimuli (on the heap or memory-mapped:
 * written as a stream either way), each unit's ground truth (empty for real networks) and the metrics' results by
 * metric id (empty for an incomplete run).
 */
public record LayerResult(String layer, int units, int stimuli, ResponseStore responses, List<Map<String, Double>> truth,
        Map<String, MetricResult> metrics) {

    /** Responses held in an array (at least stimuli x units values). */
    public LayerResult(String layer, int units, int stimuli, float[] responses, List<Map<String, Double>> truth,
            Map<String, MetricResult> metrics) {
        this(layer, units, stimuli, ResponseStore.of(responses, units), truth, metrics);
    }
}
