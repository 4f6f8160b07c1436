package ${package};

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/**
 * Stimulus set '${serviceId}': light (or dark) bars on a mean-gray field, at every orientation, width and position.
 * A bar of width w is half a cycle of a grating of spatial frequency 1/(2w), and its position within one such cycle
 * is a phase: so the bars carry the labels "orientation", "sf" and "phase", and the built-in orientation and
 * spatial-frequency metrics apply to them unchanged. Stimulus i depends on i and the parameters only, so any range
 * renders the same in any order (estimators regenerate stimuli instead of storing them).
 */
@Component(service = StimulusSet.class)
@UnitscopeService(id = "${serviceId}", version = "0.1.0", config = ${className}StimulusSet.Config.class)
public class ${className}StimulusSet implements StimulusSet {

    /** The parameters, declared once: names, types, defaults, limits and docs (what 'unitscope stimuli' lists). */
    @ObjectClassDefinition(name = "Oriented bars (${serviceId})")
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

    /** What one parameter's limits cannot say, checked when the run is resolved, before any model loads. */
    @Override
    public void validate(Parameters p) {
        if (p.as(Config.class).widths().length == 0) {
            throw new UnitscopeException("${serviceId}: parameter 'widths' is empty; allowed: at least one width");
        }
    }

    @Override
    public StimulusSequence open(Parameters p, StimulusFormat format, long seed) {
        validate(p);
        Config c = p.as(Config.class);
        double[] widths = c.widths();
        int n = c.orientationCount() * widths.length * c.positionCount();
        double[] ori = new double[n];
        double[] sf = new double[n];
        double[] phase = new double[n];
        for (int i = 0; i < n; i++) {
            ori[i] = 180.0 * (i / (widths.length * c.positionCount())) / c.orientationCount();
            sf[i] = 1.0 / (2.0 * widths[(i / c.positionCount()) % widths.length]);
            phase[i] = 360.0 * (i % c.positionCount()) / c.positionCount();
        }
        double amplitude = 0.5 * c.contrast() * (c.dark() ? -1 : 1);
        LabelTable labels = new LabelTable(List.of("orientation", "sf", "phase"), new double[][] {ori, sf, phase}, Map.of());
        return new Bars(format, labels, amplitude);
    }

    /** The sequence: stimulus i drawn from its labels. */
    private static final class Bars implements StimulusSequence {
        private final StimulusFormat format;
        private final LabelTable labels;
        private final double amplitude;

        Bars(StimulusFormat format, LabelTable labels, double amplitude) {
            this.format = format;
            this.labels = labels;
            this.amplitude = amplitude;
        }

        @Override
        public StimulusFormat format() {
            return format;
        }

        @Override
        public int count() {
            return labels.count();
        }

        @Override
        public LabelTable labels() {
            return labels;
        }

        @Override
        public void render(int from, int count, float[] dst, int offset) {
            int side = format.size();
            int plane = side * side;
            for (int k = 0; k < count; k++) {
                int base = offset + k * plane * format.channels();
                draw(from + k, side, dst, base);
                for (int ch = 1; ch < format.channels(); ch++) {
                    System.arraycopy(dst, base, dst, base + ch * plane, plane);
                }
            }
        }

        /** Bar i into one plane: x right, y up, the bar's normal at its orientation, centred by its phase. */
        private void draw(int i, int side, float[] dst, int base) {
            double c = (side - 1) / 2.0;
            double t = Math.toRadians(labels.column("orientation")[i]);
            double width = 0.5 / labels.column("sf")[i];
            double centre = labels.column("phase")[i] / 360.0 * 2 * width;
            for (int row = 0; row < side; row++) {
                for (int col = 0; col < side; col++) {
                    double u = (col - c) * Math.cos(t) + (c - row) * Math.sin(t);
                    boolean inBar = Math.abs(u - centre) <= width / 2;
                    dst[base + row * side + col] = (float) (0.5 + (inBar ? amplitude : 0));
                }
            }
        }
    }
}
