package org.unitscope.model.synthetic.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;

/** The synthetic V1 network as a model service: units with known orientation(s), SF, phase and size. */
@Component(service = ModelBackend.class)
public class SyntheticV1Backend implements ModelBackend {
    static final String ID = "synthetic-v1";

    static final ServiceInfo INFO = new ServiceInfo(ID, "1.1.0",
            "Synthetic V1 network: Gabor simple cells, energy-model complex cells, orthogonal two-peak (plaid) cells"
                    + " and untuned difference-of-Gaussians cells, all with known tuning",
            List.of(
                    ParameterSpec.integer("size", 63, "input side in pixels (odd: the centre unit then sits on a pixel)").atLeast(3),
                    ParameterSpec.integer("rf", 31, "receptive-field (kernel) side in pixels, odd").atLeast(3),
                    ParameterSpec.reals("orientations", List.of(0.0, 20.0, 45.0, 70.0, 90.0, 110.0, 135.0, 160.0),
                            "true preferred orientations in degrees (wave-vector direction)"),
                    ParameterSpec.reals("sfs", List.of(0.08, 0.15), "true preferred spatial frequencies, cycles/pixel (one dog unit per SF)")
                            .within(new ParameterSpec.Range(0, false, 0.5, true)),
                    ParameterSpec.real("sigmaCycles", 0.45, "Gaussian envelope sigma in carrier cycles (sigma_px = sigmaCycles / sf)")
                            .within(ParameterSpec.Range.above(0))));

    @Override
    public ServiceInfo info() {
        return INFO;
    }

    @Override
    public void validate(Parameters p) {
        int size = p.getInt("size");
        int rf = p.getInt("rf");
        if (rf % 2 == 0 || rf > size) {
            throw new UnitscopeException("synthetic-v1: parameters 'rf' (" + rf + ") and 'size' (" + size
                    + ") are not allowed: rf must be odd and at most size");
        }
    }

    @Override
    public LoadedModel load(Parameters p) {
        int size = p.getPositiveInt("size");
        int rf = p.getPositiveInt("rf");
        if (rf > size) {
            throw new IllegalArgumentException("rf (" + rf + ") must not exceed size (" + size + ")");
        }
        SyntheticV1Network net = new SyntheticV1Network(rf, p.getDoubles("orientations"), p.getDoubles("sfs"),
                p.getDouble("sigmaCycles"));
        return new SyntheticV1Model(net, size);
    }
}
