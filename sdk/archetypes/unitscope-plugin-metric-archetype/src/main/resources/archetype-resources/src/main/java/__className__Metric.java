package ${package};

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.ExclusiveMax;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.spi.grating.GratingMetric;
import org.unitscope.spi.grating.GratingParameters;
import org.unitscope.spi.grating.GratingTables;
import org.unitscope.spi.grating.GratingUnit;
import org.unitscope.spi.grating.UnitColumns;

/**
 * Tuning metric '${serviceId}': how much more a unit responds at its preferred orientation than at the orientation
 * {@code offsetDeg} away, bias = (R_pref - R_offset) / (R_pref + R_offset), on the phase-averaged orientation curve at
 * the unit's best spatial frequency (0: no preference, 1: silent at the offset orientation). Defined for units whose
 * responses there are positive. Extends the SPI's {@link GratingMetric}, which declares the labels it reads
 * (orientation, sf, phase) and tabulates each unit by condition with the blank baseline of the built-in metrics.
 */
@Component(service = TuningMetric.class)
@UnitscopeService(id = "${serviceId}", version = "0.1.0", config = ${className}Metric.Config.class)
public class ${className}Metric extends GratingMetric {

    /**
     * The parameters, declared once: names, types, defaults, limits and docs (what 'unitscope metrics' lists). The
     * last two are those of every grating metric ({@link GratingParameters}, read by {@link GratingTables#of}):
     * annotations do not inherit, so they are repeated here with the SPI's docs and defaults.
     */
    @ObjectClassDefinition(name = "Orientation bias: (R_pref - R_offset) / (R_pref + R_offset) at the best SF")
    @interface Config {
        @AttributeDefinition(description = "orientation difference of the comparison, degrees", min = "0", max = "180")
        @ExclusiveMin
        @ExclusiveMax
        double offsetDeg() default 90.0;

        @AttributeDefinition(description = GratingParameters.UNRESPONSIVE_DOC, min = "0")
        double unresponsiveBelow() default GratingParameters.UNRESPONSIVE_BELOW;

        @AttributeDefinition(description = GratingParameters.BASELINE_DOC,
                options = {@Option(value = GratingParameters.NONE), @Option(value = GratingParameters.BLANK)})
        String baseline() default GratingParameters.NONE;
    }

    @Override
    public MetricResult compute(ResponseTable table, Parameters p) {
        double offsetDeg = p.as(Config.class).offsetDeg();
        GratingTables t = GratingTables.of(table, p);
        double[] orientations = t.orientations();
        double[] bias = UnitColumns.nans(table.units());
        double[] preferred = UnitColumns.nans(table.units());
        for (int u = 0; u < table.units(); u++) {
            if (t.unresponsive(u)) {
                continue;
            }
            GratingUnit unit = t.unit(u);
            double[] curve = unit.orientationCurve();
            int best = argmax(curve);
            int other = nearest(orientations, orientations[best] + offsetDeg);
            preferred[u] = orientations[best];
            if (curve[best] > 0 && curve[other] >= 0) {
                bias[u] = (curve[best] - curve[other]) / (curve[best] + curve[other]);
            }
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("bias", bias);
        columns.put("bias_pref_deg", preferred);
        String summary = "${serviceId}: " + UnitColumns.median("bias", bias, "%.3f");
        return new MetricResult(columns, Map.of(), List.of(), summary);
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            best = values[k] > values[best] ? k : best;
        }
        return best;
    }

    /** Index of the orientation closest to {@code deg} on the 180-degree circle. */
    static int nearest(double[] orientations, double deg) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < orientations.length; k++) {
            double d = Math.abs(((orientations[k] - deg) % 180 + 270) % 180 - 90);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }
}
