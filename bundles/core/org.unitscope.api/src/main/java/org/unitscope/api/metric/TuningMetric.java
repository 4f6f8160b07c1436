package org.unitscope.api.metric;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;

/** Turns a layer's responses and the stimulus labels into named per-unit indices and curves. */
@ConsumerType
public interface TuningMetric extends Described {

    /** Labels the stimulus set must provide (e.g. "orientation", "sf", "phase"). */
    List<String> requiredLabels();

    /**
     * Labels needed with these parameters (e.g. "blank" when the baseline is the blank screen); checked when the
     * stimulus set opens, before any stimulus is probed.
     */
    default List<String> requiredLabels(Parameters parameters) {
        return requiredLabels();
    }

    MetricResult compute(ResponseTable responses, Parameters parameters);
}
