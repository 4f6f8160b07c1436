package org.unitscope.stimulus.grating.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.ParameterSpec.Range;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.GratingGrid;

/**
 * Full-factorial sinusoidal gratings: orientation x spatial frequency x phase, then one blank screen at the mean
 * luminance (the baseline every grating metric reports). Defaults follow SCIENCE.md: 12 orientations (0..165 step
 * 15), 8 SFs log-spaced from 1/RF to 0.5 cycles/px, 8 phases.
 */
@Component(service = StimulusSet.class)
public class GratingStimulusSet implements StimulusSet {
    static final ServiceInfo INFO = new ServiceInfo("gratings", "1.1.0",
            "Sinusoidal gratings: L = m + m*c*sin(2*pi*f*(x cos t + y sin t) + p), and a blank screen L = m",
            List.of(
                    ParameterSpec.integer("orientationCount", 12, "orientations evenly spaced over [0, 180) degrees").atLeast(1),
                    ParameterSpec.reals("orientations", List.of(), "explicit orientations in degrees (overrides orientationCount)"),
                    ParameterSpec.integer("sfCount", 8, "spatial frequencies log-spaced from 1/RF to 0.5 cycles/px").atLeast(1),
                    ParameterSpec.reals("sfs", List.of(), "explicit spatial frequencies in cycles/px (overrides sfCount)")
                            .within(Range.above(0)),
                    ParameterSpec.integer("phaseCount", 8, "phases evenly spaced over [0, 360) degrees").atLeast(1),
                    ParameterSpec.real("contrast", 1.0, "Michelson contrast c").within(Range.closed(0, 1)),
                    ParameterSpec.real("mean", 0.5, "mean luminance m").within(Range.open(0, 1)),
                    ParameterSpec.real("apertureRadius", 0.0, "circular aperture radius in px (0 = full field)").atLeast(0),
                    ParameterSpec.real("apertureEdge", 2.0, "raised-cosine edge width of the aperture in px").atLeast(0),
                    ParameterSpec.flag("blank", true, "append one uniform screen at the mean luminance (label blank = 1;"
                            + " its orientation, sf and phase labels are NaN): each unit's baseline")));

    @Override
    public ServiceInfo info() {
        return INFO;
    }

    @Override
    public void validate(Parameters p) {
        double contrast = p.getDouble("contrast");
        double mean = p.getDouble("mean");
        if (mean * (1 + contrast) > 1.0 + 1e-9) {
            throw new UnitscopeException("gratings: parameters 'mean' (" + mean + ") and 'contrast' (" + contrast
                    + ") would exceed luminance 1; allowed: mean * (1 + contrast) <= 1");
        }
    }

    @Override
    public StimulusSequence open(Parameters p, StimulusFormat format, long seed) {
        validate(p);
        double[] orientations = p.getDoubles("orientations");
        if (orientations.length == 0) {
            orientations = GratingGrid.evenOrientations(p.getPositiveInt("orientationCount"));
        }
        double[] sfs = p.getDoubles("sfs");
        if (sfs.length == 0) {
            sfs = GratingGrid.defaultSfs(format.rfSize(), p.getPositiveInt("sfCount"));
        }
        double radius = p.getDouble("apertureRadius");
        Aperture aperture = radius > 0 ? new Aperture(radius, p.getDouble("apertureEdge")) : Aperture.NONE;
        GratingGrid grid = new GratingGrid(orientations, sfs, GratingGrid.evenPhases(p.getPositiveInt("phaseCount")));
        return new GratingSequence(grid, p.getDouble("contrast"), p.getDouble("mean"), aperture, format, p.getBoolean("blank"));
    }
}
