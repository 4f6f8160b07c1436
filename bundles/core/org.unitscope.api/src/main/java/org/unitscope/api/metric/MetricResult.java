package org.unitscope.api.metric;

import java.util.List;
import java.util.Map;

/**
 * What a metric found for one layer: per-unit scalars (name -> one value per unit, NaN where undefined,
 * e.g. for unresponsive units), per-unit text columns (classes), curves, a one-line layer summary, and
 * layer-level figures (e.g. the fraction of selective units; numbers, strings or maps of them) written to
 * summary.json. Map orders are kept: they become the column order of the units table.
 */
public record MetricResult(Map<String, double[]> scalars, Map<String, String[]> texts, List<Curve> curves,
        String summary, Map<String, Object> layerFigures) {

    public MetricResult {
        scalars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scalars));
        texts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(texts));
        curves = List.copyOf(curves);
        layerFigures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(layerFigures));
    }

    /** A result without layer-level figures. */
    public MetricResult(Map<String, double[]> scalars, Map<String, String[]> texts, List<Curve> curves, String summary) {
        this(scalars, texts, curves, summary, Map.of());
    }
}
