package org.unitscope.rf.awa.internal;

import java.util.Arrays;
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
import org.unitscope.math.rf.ReceptiveFieldModel;
import org.unitscope.spi.djl.rf.ShuffleTest;
import org.unitscope.spi.djl.rf.ShuffledAccumulator;
import org.unitscope.spi.djl.rf.WeightedAverage;

/**
 * AWA = sum_n a_n (s_n - mean) / sum_n a_n (the spike-triggered average analogue), with its significance: the
 * activations are shuffled across stimuli R times and the AWA's studentized squared norm (each pixel over its own
 * sampling variance, so that stimulus-dependent response variance, as in a complex cell, does not pass for an AWA)
 * compared with the shuffles'
 * (permutation p-value). A significant AWA becomes a linear model unit, ReLU(AWA . (s - mean)), for the prediction.
 * Negative activations count as 0.
 */
@Component(service = ReceptiveFieldEstimator.class)
@UnitscopeService(id = "awa", version = "0.2.0", config = ActivationWeightedAverageEstimator.Config.class)
public class ActivationWeightedAverageEstimator implements ReceptiveFieldEstimator {

    @ObjectClassDefinition(name = "Activation-weighted average (AWA) of the stimulus patch under each unit's receptive field,"
            + " with a shuffle test")
    @interface Config {
        @AttributeDefinition(description = "R: shuffles of the activations for the significance test (p >= 1/(R+1))", min = "1")
        int shuffles() default 99;

        @AttributeDefinition(description = "level at which an AWA counts as significant (and becomes a model unit)",
                min = "0", max = "1")
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

    /** The sums of one group of units with their shuffles. */
    static final class Accumulator extends ShuffledAccumulator {
        private final double alpha;

        Accumulator(UnitActivations activations, int dimension, int shuffles, double alpha) {
            super(activations, dimension, shuffles, false);
            this.alpha = alpha;
        }

        /**
         * "awa": units x d (NaN for units never active), "p": shuffle p-value, "statistic": studentized |AWA|^2, "null_median": median
         * statistic of the shuffles, "activation_sum".
         */
        @Override
        protected RfResult results() {
            int n = units();
            int d = dimension();
            double[][] awa = new double[n][];
            double[][] p = new double[n][1];
            double[][] norm2 = new double[n][1];
            double[][] nullMedian = new double[n][1];
            double[][] total = new double[n][1];
            Map<Integer, PredictedUnit> predicted = new LinkedHashMap<>();
            double[] mean = stimulusMean();
            for (int u = 0; u < n; u++) {
                if (!active(u)) {
                    awa[u] = nan(d);
                    p[u][0] = norm2[u][0] = nullMedian[u][0] = Double.NaN;
                    continue;
                }
                WeightedAverage a = awa(u);
                ShuffleTest s = awaTest(u);
                awa[u] = a.filter();
                total[u][0] = a.activationSum();
                p[u][0] = s.pValue();
                norm2[u][0] = s.statistic();
                nullMedian[u][0] = s.nullMedian();
                if (s.significant(alpha)) {
                    java.util.function.ToDoubleFunction<float[]> model = ReceptiveFieldModel.linear(a.filter()).centredOn(mean);
                    predicted.put(u, model::applyAsDouble);
                }
            }
            Map<String, double[][]> arrays = new LinkedHashMap<>();
            arrays.put("awa", awa);
            arrays.put("p", p);
            arrays.put("statistic", norm2);
            arrays.put("null_median", nullMedian);
            arrays.put("activation_sum", total);
            return new RfResult(arrays, Map.of("awa", List.of("AWA")), predicted);
        }
    }

    static double[] nan(int d) {
        double[] x = new double[d];
        Arrays.fill(x, Double.NaN);
        return x;
    }
}
