package org.unitscope.stimulus.grating.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.GratingGrid;

/**
 * Full-factorial sinusoidal gratings: orientation x spatial frequency x phase. Defaults follow SCIENCE.md:
 * 12 orientations (0..165 step 15), 8 SFs log-spaced from 1/RF to 0.5 cycles/px, 8 phases.
 */
@Component(service = StimulusSet.class)
public class GratingStimulusSet implements StimulusSet {
    static final ServiceInfo INFO = new ServiceInfo("gratings", "1.0.0",
            "Sinusoidal gratings: L = m + m*c*sin(2*pi*f*(x cos t + y sin t) + p)",
            List.of(
                    ParameterSpec.integer("orientationCount", 12, "orientations evenly spaced over [0, 180) degrees"),
                    ParameterSpec.reals("orientations", List.of(), "explicit orientations in degrees (overrides orientationCount)"),
                    ParameterSpec.integer("sfCount", 8, "spatial frequencies log-spaced from 1/RF to 0.5 cycles/px"),
                    ParameterSpec.reals("sfs", List.of(), "explicit spatial frequencies in cycles/px (overrides sfCount)"),
                    ParameterSpec.integer("phaseCount", 8, "phases evenly spaced over [0, 360) degrees"),
                    ParameterSpec.real("contrast", 1.0, "Michelson contrast c in [0, 1]"),
                    ParameterSpec.real("mean", 0.5, "mean luminance m in (0, 1)"),
                    ParameterSpec.real("apertureRadius", 0.0, "circular aperture radius in px (0 = full field)"),
                    ParameterSpec.real("apertureEdge", 2.0, "raised-cosine edge width of the aperture in px")));

    @Override
    public ServiceInfo info() {
        return INFO;
    }

    @Override
    public StimulusSequence open(Parameters p, StimulusFormat format, long seed) {
        double[] orientations = p.getDoubles("orientations");
        if (orientations.length == 0) {
            orientations = GratingGrid.evenOrientations(p.getPositiveInt("orientationCount"));
        }
        double[] sfs = p.getDoubles("sfs");
        if (sfs.length == 0) {
            sfs = GratingGrid.defaultSfs(format.rfSize(), p.getPositiveInt("sfCount"));
        }
        double contrast = p.getDouble("contrast");
        double mean = p.getDouble("mean");
        if (contrast < 0 || contrast > 1 || mean <= 0 || mean >= 1 || mean * (1 + contrast) > 1.0 + 1e-9) {
            throw new IllegalArgumentException("gratings: need 0 <= contrast <= 1, 0 < mean < 1 and mean*(1+contrast) <= 1 (got mean "
                    + mean + ", contrast " + contrast + ")");
        }
        double radius = p.getDouble("apertureRadius");
        Aperture aperture = radius > 0 ? new Aperture(radius, p.getDouble("apertureEdge")) : Aperture.NONE;
        GratingGrid grid = new GratingGrid(orientations, sfs, GratingGrid.evenPhases(p.getPositiveInt("phaseCount")));
        return new GratingSequence(grid, contrast, mean, aperture, format);
    }
}
