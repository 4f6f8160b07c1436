package org.unitscope.api.stimulus;

import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;

/** A family of stimuli (gratings, noise, natural images...) with its parameter space. */
@ConsumerType
public interface StimulusSet extends Described {

    /** Opens the sequence for the given (checked) parameters, format and seed. */
    StimulusSequence open(Parameters parameters, StimulusFormat format, long seed);
}
