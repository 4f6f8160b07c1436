package org.unitscope.stimulus.noise.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/**
 * Noise for reverse correlation: Gaussian white, binary, pixel-blocked and 1/f ("pink") noise, gray or colour.
 * Stimulus i is a pure function of (parameters, patch size, channels, seed, i); see {@link NoiseSettings} for
 * the per-type default contrasts and how often they clip.
 */
@Component(service = StimulusSet.class)
public class NoiseStimulusSet implements StimulusSet {
    /** Seeds up to 2^53 in magnitude: the "seed" label column (double) then holds the seed exactly. */
    static final long MAX_SEED = 1L << 53;

    static final ServiceInfo INFO = new ServiceInfo("noise", "1.0.0",
            "Noise for reverse correlation: gaussian, binary, blocked or pink (1/f), regenerable from (seed, index)",
            List.of(
                    ParameterSpec.text("type", "gaussian", "\"gaussian\" | \"binary\" | \"blocked\" | \"pink\"")
                            .oneOf("gaussian", "binary", "blocked", "pink"),
                    ParameterSpec.integer("count", 10000, "number of stimuli").atLeast(1),
                    ParameterSpec.integer("block", 4, "side k of the k x k pixel blocks of \"blocked\" noise").atLeast(1),
                    ParameterSpec.text("blockValues", "binary", "values of the blocks: \"binary\" (+/-contrast) | \"gaussian\"")
                            .oneOf("binary", "gaussian"),
                    ParameterSpec.flag("colour", false, "independent noise per channel when true; the same luminance in every channel when false"),
                    new ParameterSpec("contrast", ParameterSpec.Type.DOUBLE, null,
                            "sd (gaussian), amplitude (binary, blocked), RMS (pink) around the mean; default 0.15 for"
                                    + " gaussian, pink and gaussian blocks (clips 0.09%), 0.5 for binary levels (never clips)")
                            .within(ParameterSpec.Range.above(0)),
                    ParameterSpec.real("mean", 0.5, "mean luminance in (0, 1); also the background around a smaller patch")
                            .within(ParameterSpec.Range.open(0, 1)),
                    ParameterSpec.integer("size", 0, "patch side in px, centred in the frame (0 = the whole frame)").atLeast(0),
                    ParameterSpec.real("pinkExponent", 1.0, "pink noise amplitude spectrum 1/f^exponent (power 1/f^(2 exponent))")
                            .atLeast(0)));

    @Override
    public ServiceInfo info() {
        return INFO;
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
