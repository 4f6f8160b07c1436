package org.unitscope.api.train;

import java.nio.file.Path;
import java.util.Map;

/** What a training run produced: the weight file and figures (accuracies, seconds, sizes), in insertion order. */
public record TrainingReport(Path weights, Map<String, Object> figures) {
    public TrainingReport {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }
}
