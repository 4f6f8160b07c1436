package org.unitscope.metric.grating.internal;

import java.util.List;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.TuningMetric;

/** What the grating metrics share: they read orientation, SF and phase labels, and the blank's when it is the baseline. */
abstract class GratingMetric implements TuningMetric {

    @Override
    public List<String> requiredLabels() {
        return GratingTables.GRATING_LABELS;
    }

    @Override
    public List<String> requiredLabels(Parameters p) {
        return GratingTables.requiredLabels(p);
    }
}
