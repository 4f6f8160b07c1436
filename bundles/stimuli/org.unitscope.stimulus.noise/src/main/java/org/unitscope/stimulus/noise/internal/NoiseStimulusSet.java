package org.unitscope.stimulus.noise.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.ExclusiveMax;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/**
 * Noise for reverse correlation: Gaussian white, binary, pixel-blocked and 1/f ("pink") noise, gray or colour.
 * Stimulus i is a pure function of (parameters, patch size, channels, seed, i); see {@link NoiseSettings} for
 * the per-type default contrasts and how often they clip.
 */
@Component(service = StimulusSet.class)
@UnitscopeService(id = "noise", version = "1.0.0", config = NoiseStimulusSet.Config.class)
public class NoiseStimulusSet implements StimulusSet {
    /** Seeds up to 2^53 in magnitude: the "seed" label column (double) then holds the seed exactly. */
    static final long MAX_SEED = 1L << 53;

    @ObjectClassDefinition(name = "Noise for reverse correlation: gaussian, binary, blocked or pink (1/f), regenerable from (seed, index)")
    @interface Config {
        @AttributeDefinition(description = "\"gaussian\" | \"binary\" | \"blocked\" | \"pink\"",
                options = {@Option(value = "gaussian"), @Option(value = "binary"), @Option(value = "blocked"), @Option(value = "pink")})
        String type() default "gaussian";

        @AttributeDefinition(description = "number of stimuli", min = "1")
        int count() default 10000;

        @AttributeDefinition(description = "side k of the k x k pixel blocks of \"blocked\" noise", min = "1")
        int block() default 4;

        @AttributeDefinition(description = "values of the blocks: \"binary\" (+/-contrast) | \"gaussian\"",
                options = {@Option(value = "binary"), @Option(value = "gaussian")})
        String blockValues() default "binary";

        @AttributeDefinition(description = "independent noise per channel when true; the same luminance in every channel when false")
        boolean colour() default false;

        /** No default: it depends on the type ({@link NoiseSettings}); read after {@code Parameters.isSet("contrast")}. */
        @AttributeDefinition(description = "sd (gaussian), amplitude (binary, blocked), RMS (pink) around the mean; default 0.15 for"
                + " gaussian, pink and gaussian blocks (clips 0.09%), 0.5 for binary levels (never clips)", min = "0")
        @ExclusiveMin
        double contrast();

        @AttributeDefinition(description = "mean luminance in (0, 1); also the background around a smaller patch", min = "0", max = "1")
        @ExclusiveMin
        @ExclusiveMax
        double mean() default 0.5;

        @AttributeDefinition(description = "patch side in px, centred in the frame (0 = the whole frame)", min = "0")
        int size() default 0;

        @AttributeDefinition(description = "pink noise amplitude spectrum 1/f^exponent (power 1/f^(2 exponent))", min = "0")
        double pinkExponent() default 1.0;
    }

    /** Everything that does not depend on the model's frame (levels that would clip, sizes), before the model loads. */
    @Override
    public void validate(Parameters p) {
        NoiseSettings.from(p);
    }

    @Override
    public StimulusSequence open(Parameters p, StimulusFormat format, long seed) {
        if (seed > MAX_SEED || seed < -MAX_SEED) {
            throw new UnitscopeException("noise: seed " + seed + " is beyond +/-2^53, which the \"seed\" label cannot hold exactly");
        }
        NoiseSettings settings = NoiseSettings.from(p);
        int patch = settings.patchSize(format);
        return new NoiseSequence(settings.ensemble(patch, format.channels(), seed), settings.count(), settings.mean(), format);
    }
}
