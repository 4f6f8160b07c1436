package org.unitscope.runtime.directorybundle;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.ExclusiveMax;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/** A stimulus set that is only ever listed: the directory test counts how often it is obtained (never, by listing). */
public final class ProbeStimuli implements StimulusSet {

    @ObjectClassDefinition(name = "Probe stimuli (directory test)")
    public @interface Config {
        @AttributeDefinition(description = "how many", min = "1")
        int count() default 3;

        @AttributeDefinition(description = "a level strictly inside (0, 1)", min = "0", max = "1")
        @ExclusiveMin
        @ExclusiveMax
        double level() default 0.5;

        @AttributeDefinition(description = "a shape", options = {@Option(value = "square"), @Option(value = "disc")})
        String shape() default "square";
    }

    @Override
    public StimulusSequence open(Parameters parameters, StimulusFormat format, long seed) {
        throw new UnsupportedOperationException("only listed");
    }
}
