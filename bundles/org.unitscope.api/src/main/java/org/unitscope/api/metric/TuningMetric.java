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

    MetricResult compute(ResponseTable responses, Parameters parameters);
}
