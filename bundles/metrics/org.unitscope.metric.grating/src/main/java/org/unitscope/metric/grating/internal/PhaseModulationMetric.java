package org.unitscope.metric.grating.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.math.tuning.PhaseModulation;
import org.unitscope.spi.grating.GratingMetric;
import org.unitscope.spi.grating.GratingParameters;
import org.unitscope.spi.grating.GratingTables;
import org.unitscope.spi.grating.GratingUnit;
import org.unitscope.spi.grating.UnitColumns;

/**
 * Phase modulation at each unit's best grating: F0, F1, F1/F0, and the simple / complex label by the criterion of
 * Skottun et al. (1991), F1/F0 > 1. Needs at least three phases evenly covering 360 degrees.
 */
@Component(service = TuningMetric.class)
@UnitscopeService(id = "phase-modulation", version = "1.0.0", config = PhaseModulationMetric.Config.class)
public class PhaseModulationMetric extends GratingMetric {

    @ObjectClassDefinition(name = "Phase modulation at the best grating: F1/F0, simple (F1/F0 > 1) or complex")
    @interface Config {
        @AttributeDefinition(description = GratingParameters.UNRESPONSIVE_DOC, min = "0")
        double unresponsiveBelow() default GratingParameters.UNRESPONSIVE_BELOW;

        @AttributeDefinition(description = GratingParameters.BASELINE_DOC,
                options = {@Option(value = GratingParameters.NONE), @Option(value = GratingParameters.BLANK)})
        String baseline() default GratingParameters.NONE;
    }

    @Override
    public MetricResult compute(ResponseTable table, Parameters p) {
        GratingTables t = GratingTables.of(table, p);
        int n = table.units();
        double[] f0 = UnitColumns.nans(n);
        double[] f1 = UnitColumns.nans(n);
        double[] ratio = UnitColumns.nans(n);
        String[] cls = new String[n];
        boolean enoughPhases = PhaseModulation.coversCircleEvenly(t.phases());
        int simple = 0;
        for (int u = 0; u < n; u++) {
            GratingUnit r = t.unit(u);
            if (t.unresponsive(u) || !enoughPhases) {
                cls[u] = t.unresponsive(u) ? "unresponsive" : "";
                continue;
            }
            PhaseModulation m = PhaseModulation.of(r.phases(), r.phaseCurve());
            f0[u] = m.f0();
            f1[u] = m.f1();
            ratio[u] = m.ratio();
            cls[u] = Double.isNaN(m.ratio()) ? "" : m.simpleLike() ? "simple" : "complex";
            simple += m.simpleLike() ? 1 : 0;
        }
        Map<String, double[]> scalars = new LinkedHashMap<>();
        scalars.put("f0", f0);
        scalars.put("f1", f1);
        scalars.put("f1_f0", ratio);
        String summary = enoughPhases
                ? "phase modulation: " + simple + " simple (F1/F0 > 1), " + count(cls, "complex") + " complex, "
                        + UnitColumns.median("F1/F0", ratio, "%.2f")
                : "phase modulation: not measured (needs at least 3 phases evenly covering 360 deg; the stimuli had "
                        + java.util.Arrays.toString(t.phases()) + ")";
        return new MetricResult(scalars, Map.of("phase_class", cls), List.of(), summary);
    }

    private static long count(String[] values, String value) {
        return java.util.Arrays.stream(values).filter(value::equals).count();
    }
}
