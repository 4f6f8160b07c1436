package org.unitscope.runtime.directorybundle;

import java.util.List;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/** A plugin written before {@code @UnitscopeService}: it describes itself in {@code info()}, so it is obtained to be listed. */
public final class LegacyStimuli implements StimulusSet {

    @Override
    public ServiceInfo info() {
        return new ServiceInfo("legacy-stimuli", "0.9.0", "Legacy stimuli (directory test)",
                List.of(ParameterSpec.integer("count", 2, "how many").atLeast(1)));
    }

    @Override
    public StimulusSequence open(Parameters parameters, StimulusFormat format, long seed) {
        throw new UnsupportedOperationException("only listed");
    }
}
