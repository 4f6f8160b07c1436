package ${package};

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.ExclusiveMax;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.rf.PredictedUnit;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.spi.djl.rf.ShuffleTest;
import org.unitscope.spi.djl.rf.ShuffledAccumulator;
import org.unitscope.spi.djl.rf.WeightedAverage;

/**
 * Receptive-field estimator '${serviceId}': each unit's activation-weighted average (AWA) of the stimulus patch, scaled
 * to unit length, the patch pixel where it peaks, and its shuffle test. A unit whose AWA is significant at
 * {@code alpha} becomes a linear model unit, ReLU(w . (s - mean)), for the prediction stage. The sums, the shuffles and
 * their float64 matrix products in PyTorch come from the SPI's {@link ShuffledAccumulator}.
 */
@Component(service = ReceptiveFieldEstimator.class)
@UnitscopeService(id = "${serviceId}", version = "0.1.0", config = ${className}Estimator.Config.class)
public class ${className}Estimator implements ReceptiveFieldEstimator {

    /** The parameters, declared once: names, types, defaults, limits and docs (what 'unitscope estimators' lists). */
    @ObjectClassDefinition(name = "Unit-length activation-weighted average, its peak pixel and its shuffle test")
    @interface Config {
        @AttributeDefinition(description = "R: shuffles of the activations for the test (p >= 1/(R+1))", min = "1")
        int shuffles() default 19;

        @AttributeDefinition(description = "level at which the AWA counts as significant", min = "0", max = "1")
        @ExclusiveMin
        @ExclusiveMax
        double alpha() default 0.05;
    }

    @Override
    public long bytesPerUnit(int dimension, Parameters parameters) {
        return ShuffledAccumulator.bytesPerUnit(dimension, parameters.as(Config.class).shuffles(), false);
    }

    @Override
    public RfAccumulator newAccumulator(int dimension, UnitActivations activations, Parameters parameters) {
        Config c = parameters.as(Config.class);
        return new Accumulator(activations, dimension, c.shuffles(), c.alpha());
    }

    /** The sums of one group of units; {@link #results()} says what they mean. */
    static final class Accumulator extends ShuffledAccumulator {
        private final double alpha;

        Accumulator(UnitActivations activations, int dimension, int shuffles, double alpha) {
            super(activations, dimension, shuffles, false);
            this.alpha = alpha;
        }

        /** "filter": units x d (unit length; NaN for units never active), "peak": pixel index, "p": shuffle p-value. */
        @Override
        protected RfResult results() {
            int n = units();
            int d = dimension();
            double[][] filter = new double[n][];
            double[][] peak = new double[n][1];
            double[][] p = new double[n][1];
            Map<Integer, PredictedUnit> predicted = new LinkedHashMap<>();
            double[] mean = stimulusMean();
            for (int u = 0; u < n; u++) {
                if (!active(u)) {
                    filter[u] = filled(d, Double.NaN);
                    peak[u][0] = p[u][0] = Double.NaN;
                    continue;
                }
                WeightedAverage awa = awa(u);
                ShuffleTest test = awaTest(u);
                filter[u] = unitLength(awa.filter());
                peak[u][0] = peakIndex(filter[u]);
                p[u][0] = test.pValue();
                if (test.significant(alpha)) {
                    double[] w = filter[u];
                    predicted.put(u, patch -> Math.max(0, centredDot(w, patch, mean)));
                }
            }
            Map<String, double[][]> arrays = new LinkedHashMap<>();
            arrays.put("filter", filter);
            arrays.put("peak", peak);
            arrays.put("p", p);
            return new RfResult(arrays, Map.of("filter", List.of("AWA")), predicted);
        }
    }

    static double[] unitLength(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        double[] out = v.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] = norm > 0 ? out[k] / Math.sqrt(norm) : 0;
        }
        return out;
    }

    static int peakIndex(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            best = Math.abs(v[k]) > Math.abs(v[best]) ? k : best;
        }
        return best;
    }

    static double centredDot(double[] w, float[] patch, double[] mean) {
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * (patch[k] - mean[k]);
        }
        return s;
    }

    static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
