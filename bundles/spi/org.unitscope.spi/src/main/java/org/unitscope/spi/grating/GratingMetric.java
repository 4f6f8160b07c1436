package org.unitscope.spi.grating;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.TuningMetric;

/**
 * What grating metrics share: they read the orientation, SF and phase labels, and the blank's when it is the
 * baseline. A metric extends this, declares {@link GratingTables#UNRESPONSIVE_BELOW} and
 * {@link GratingTables#BASELINE} among its parameters, and reads its tables with {@link GratingTables#of}.
 */
@ConsumerType
public abstract class GratingMetric implements TuningMetric {

    @Override
    public List<String> requiredLabels() {
        return GratingTables.GRATING_LABELS;
    }

    @Override
    public List<String> requiredLabels(Parameters p) {
        return GratingTables.requiredLabels(p);
    }
}
