package org.unitscope.rf.awa.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.math.rf.ActivationWeightedSums;
import org.unitscope.math.rf.Awa;

/**
 * AWA = sum_n a_n s_n / sum_n a_n over mean-removed stimulus patches (the spike-triggered average analogue),
 * accumulated as additive sums, so shards of stimuli merge. Negative activations count as 0.
 */
@Component(service = ReceptiveFieldEstimator.class)
public class ActivationWeightedAverageEstimator implements ReceptiveFieldEstimator {
    static final ServiceInfo INFO = new ServiceInfo("awa", "0.1.0",
            "Activation-weighted average (AWA) of the stimulus patch under each unit's receptive field", List.of());

    @Override
    public ServiceInfo info() {
        return INFO;
    }

    @Override
    public RfAccumulator newAccumulator(int dimension, int units, Parameters parameters) {
        return new Accumulator(new ActivationWeightedSums(units, dimension, false));
    }

    /** The sums of one layer's units. */
    static final class Accumulator implements RfAccumulator {
        private final ActivationWeightedSums sums;

        Accumulator(ActivationWeightedSums sums) {
            this.sums = sums;
        }

        @Override
        public void add(float[] stimuli, float[] activations, int n) {
            sums.add(stimuli, activations, n);
        }

        @Override
        public void merge(RfAccumulator other) {
            if (!(other instanceof Accumulator)) {
                throw new IllegalArgumentException("can only merge AWA accumulators, not " + other.getClass().getName());
            }
            sums.merge(((Accumulator) other).sums);
        }

        /** "awa": units x dimension (NaN rows for units never active); "activation_sum": units x 1. */
        @Override
        public Map<String, double[][]> finish() {
            int units = sums.units();
            double[][] awa = new double[units][];
            double[][] total = new double[units][1];
            for (int u = 0; u < units; u++) {
                total[u][0] = sums.activationSum(u);
                if (total[u][0] > 0) {
                    awa[u] = Awa.of(sums, u).filter();
                } else {
                    awa[u] = new double[sums.dim()];
                    java.util.Arrays.fill(awa[u], Double.NaN);
                }
            }
            return Map.of("awa", awa, "activation_sum", total);
        }
    }
}
