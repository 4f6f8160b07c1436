package org.unitscope.examples.bars;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/**
 * Example plugin: light (or dark) bars on a mean-gray field, at every orientation, width and position.
 * A bar of width w is half a cycle of a grating of spatial frequency 1/(2w), and its position within one
 * such cycle is a phase: so the bars carry the labels "orientation", "sf" and "phase", and the built-in
 * orientation and spatial-frequency metrics apply to them unchanged.
 */
@Component(service = StimulusSet.class)
@UnitscopeService(id = "bars", version = "0.1.0", config = BarStimulusSet.Config.class)
public class BarStimulusSet implements StimulusSet {

    /** The parameters: declared once here; listings, validation and run manifests come from this. */
    @ObjectClassDefinition(name = "Oriented bars (example plugin)")
    @interface Config {
        @AttributeDefinition(description = "orientations evenly spaced over [0, 180) degrees (bar normal)", min = "1")
        int orientationCount() default 12;

        @AttributeDefinition(description = "bar widths in pixels", min = "0")
        @ExclusiveMin
        double[] widths() default {2.0, 4.0, 8.0};

        @AttributeDefinition(description = "bar positions per width, spread over one period 2*width", min = "1")
        int positionCount() default 8;

        @AttributeDefinition(description = "bar luminance = mean * (1 +/- contrast)", min = "0", max = "1")
        double contrast() default 1.0;

        @AttributeDefinition(description = "dark bars instead of light ones")
        boolean dark() default false;
    }

    @Override
    public StimulusSequence open(Parameters p, StimulusFormat format, long seed) {
        Config c = p.as(Config.class);
        int no = c.orientationCount();
        double[] widths = c.widths();
        int np = c.positionCount();
        int n = no * widths.length * np;
        double[] ori = new double[n];
        double[] sf = new double[n];
        double[] phase = new double[n];
        for (int i = 0; i < n; i++) {
            ori[i] = 180.0 * (i / (widths.length * np)) / no;
            sf[i] = 1.0 / (2.0 * widths[(i / np) % widths.length]);
            phase[i] = 360.0 * (i % np) / np;
        }
        double amplitude = 0.5 * c.contrast() * (c.dark() ? -1 : 1);
        LabelTable labels = new LabelTable(List.of("orientation", "sf", "phase"), new double[][] {ori, sf, phase}, Map.of());
        return new StimulusSequence() {
            @Override
            public StimulusFormat format() {
                return format;
            }

            @Override
            public int count() {
                return n;
            }

            @Override
            public LabelTable labels() {
                return labels;
            }

            @Override
            public void render(int from, int count, float[] dst, int offset) {
                int side = format.size();
                double c = (side - 1) / 2.0;
                for (int k = 0; k < count; k++) {
                    int i = from + k;
                    double t = Math.toRadians(ori[i]);
                    double width = 0.5 / sf[i];
                    double centre = phase[i] / 360.0 * 2 * width;
                    int base = offset + k * side * side * format.channels();
                    for (int row = 0; row < side; row++) {
                        for (int col = 0; col < side; col++) {
                            double u = (col - c) * Math.cos(t) + (c - row) * Math.sin(t);
                            boolean inBar = Math.abs(u - centre) <= width / 2;
                            float v = (float) (0.5 + (inBar ? amplitude : 0));
                            for (int ch = 0; ch < format.channels(); ch++) {
                                dst[base + ch * side * side + row * side + col] = v;
                            }
                        }
                    }
                }
            }
        };
    }
}
