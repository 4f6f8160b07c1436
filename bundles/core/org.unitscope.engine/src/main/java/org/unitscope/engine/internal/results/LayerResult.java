package org.unitscope.engine.internal.results;

import java.util.List;
import java.util.Map;
import org.unitscope.api.metric.MetricResult;

/**
 * Everything written for one layer: responses to the first {@code stimuli} stimuli, each unit's ground truth
 * (empty for real networks) and the metrics' results by metric id (empty for an incomplete run).
 */
public record LayerResult(String layer, int units, int stimuli, float[] responses, List<Map<String, Double>> truth,
        Map<String, MetricResult> metrics) {
}
