package org.unitscope.model.synthetic.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;

/** The synthetic V1 network as a model service: units with known orientation(s), SF, phase and size. */
@Component(service = ModelBackend.class)
@UnitscopeService(id = SyntheticV1Backend.ID, version = "1.1.0", config = SyntheticV1Backend.Config.class)
public class SyntheticV1Backend implements ModelBackend {
    static final String ID = "synthetic-v1";

    @ObjectClassDefinition(name = "Synthetic V1 network: Gabor simple cells, energy-model complex cells, orthogonal two-peak"
            + " (plaid) cells and untuned difference-of-Gaussians cells, all with known tuning")
    @interface Config {
        @AttributeDefinition(description = "input side in pixels (odd: the centre unit then sits on a pixel)", min = "3")
        int size() default 63;

        @AttributeDefinition(description = "receptive-field (kernel) side in pixels, odd", min = "3")
        int rf() default 31;

        @AttributeDefinition(description = "true preferred orientations in degrees (wave-vector direction)")
        double[] orientations() default {0.0, 20.0, 45.0, 70.0, 90.0, 110.0, 135.0, 160.0};

        @AttributeDefinition(description = "true preferred spatial frequencies, cycles/pixel (one dog unit per SF)",
                min = "0", max = "0.5")
        @ExclusiveMin
        double[] sfs() default {0.08, 0.15};

        @AttributeDefinition(description = "Gaussian envelope sigma in carrier cycles (sigma_px = sigmaCycles / sf)", min = "0")
        @ExclusiveMin
        double sigmaCycles() default 0.45;
    }

    @Override
    public void validate(Parameters p) {
        Config c = p.as(Config.class);
        int size = c.size();
        int rf = c.rf();
        if (rf % 2 == 0 || rf > size) {
            throw new UnitscopeException("synthetic-v1: parameters 'rf' (" + rf + ") and 'size' (" + size
                    + ") are not allowed: rf must be odd and at most size");
        }
    }

    @Override
    public LoadedModel load(Parameters p) {
        Config c = p.as(Config.class);
        int size = c.size();
        int rf = c.rf();
        if (rf > size) {
            throw new IllegalArgumentException("rf (" + rf + ") must not exceed size (" + size + ")");
        }
        SyntheticV1Network net = new SyntheticV1Network(rf, c.orientations(), c.sfs(), c.sigmaCycles());
        return new SyntheticV1Model(net, size);
    }
}
