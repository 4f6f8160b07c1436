package org.unitscope.examples.skewness;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;

/**
 * Example plugin that needs a library the workbench does not ship (Apache Commons Math): the skewness and excess
 * kurtosis of each unit's responses over all stimuli (bias-corrected sample estimates; NaN for a constant unit). A
 * unit that answers few stimuli strongly has a large positive skewness. Works with any stimulus set.
 */
@Component(service = TuningMetric.class)
@UnitscopeService(id = "skewness", version = "0.1.0", config = SkewnessMetric.Config.class)
public class SkewnessMetric implements TuningMetric {

    /** Its title; it has no parameters. */
    @ObjectClassDefinition(name = "Response skewness and kurtosis over stimuli (example plugin; Apache Commons Math)")
    @interface Config {
    }

    @Override
    public List<String> requiredLabels() {
        return List.of();
    }

    @Override
    public MetricResult compute(ResponseTable responses, Parameters parameters) {
        double[] skewness = new double[responses.units()];
        double[] kurtosis = new double[responses.units()];
        for (int u = 0; u < responses.units(); u++) {
            double[] r = responses.unit(u);
            boolean constant = Arrays.stream(r).allMatch(x -> x == r[0]);
            skewness[u] = constant ? Double.NaN : new Skewness().evaluate(r);
            kurtosis[u] = constant ? Double.NaN : new Kurtosis().evaluate(r);
        }
        double[] defined = Arrays.stream(skewness).filter(Double::isFinite).toArray();
        double median = defined.length == 0 ? Double.NaN : new Median().evaluate(defined);
        Map<String, double[]> scalars = new LinkedHashMap<>();
        scalars.put("skewness", skewness);
        scalars.put("kurtosis", kurtosis);
        return new MetricResult(scalars, Map.of(), List.of(),
                String.format(Locale.ROOT, "median response skewness %.3f (%d of %d units not constant)", median, defined.length,
                        responses.units()),
                Map.of("median_skewness", median));
    }
}
