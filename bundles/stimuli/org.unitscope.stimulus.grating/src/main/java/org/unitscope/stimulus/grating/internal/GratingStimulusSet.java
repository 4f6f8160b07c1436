package org.unitscope.stimulus.grating.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.ExclusiveMax;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
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
@UnitscopeService(id = "gratings", version = "1.1.0", config = GratingStimulusSet.Config.class)
public class GratingStimulusSet implements StimulusSet {

    @ObjectClassDefinition(name = "Sinusoidal gratings: L = m + m*c*sin(2*pi*f*(x cos t + y sin t) + p), and a blank screen L = m")
    @interface Config {
        @AttributeDefinition(description = "orientations evenly spaced over [0, 180) degrees", min = "1")
        int orientationCount() default 12;

        @AttributeDefinition(description = "explicit orientations in degrees (overrides orientationCount)")
        double[] orientations() default {};

        @AttributeDefinition(description = "spatial frequencies log-spaced from 1/RF to 0.5 cycles/px", min = "1")
        int sfCount() default 8;

        @AttributeDefinition(description = "explicit spatial frequencies in cycles/px (overrides sfCount)", min = "0")
        @ExclusiveMin
        double[] sfs() default {};

        @AttributeDefinition(description = "phases evenly spaced over [0, 360) degrees", min = "1")
        int phaseCount() default 8;

        @AttributeDefinition(description = "Michelson contrast c", min = "0", max = "1")
        double contrast() default 1.0;

        @AttributeDefinition(description = "mean luminance m", min = "0", max = "1")
        @ExclusiveMin
        @ExclusiveMax
        double mean() default 0.5;

        @AttributeDefinition(description = "circular aperture radius in px (0 = full field)", min = "0")
        double apertureRadius() default 0.0;

        @AttributeDefinition(description = "raised-cosine edge width of the aperture in px", min = "0")
        double apertureEdge() default 2.0;

        @AttributeDefinition(description = "append one uniform screen at the mean luminance (label blank = 1;"
                + " its orientation, sf and phase labels are NaN): each unit's baseline")
        boolean blank() default true;
    }

    @Override
    public void validate(Parameters p) {
        Config c = p.as(Config.class);
        if (c.mean() * (1 + c.contrast()) > 1.0 + 1e-9) {
            throw new UnitscopeException("gratings: parameters 'mean' (" + c.mean() + ") and 'contrast' (" + c.contrast()
                    + ") would exceed luminance 1; allowed: mean * (1 + contrast) <= 1");
        }
    }

    @Override
    public StimulusSequence open(Parameters p, StimulusFormat format, long seed) {
        validate(p);
        Config c = p.as(Config.class);
        double[] orientations = c.orientations();
        if (orientations.length == 0) {
            orientations = GratingGrid.evenOrientations(c.orientationCount());
        }
        double[] sfs = c.sfs();
        if (sfs.length == 0) {
            sfs = GratingGrid.defaultSfs(format.rfSize(), c.sfCount());
        }
        Aperture aperture = c.apertureRadius() > 0 ? new Aperture(c.apertureRadius(), c.apertureEdge()) : Aperture.NONE;
        GratingGrid grid = new GratingGrid(orientations, sfs, GratingGrid.evenPhases(c.phaseCount()));
        return new GratingSequence(grid, c.contrast(), c.mean(), aperture, format, c.blank());
    }
}
