package org.unitscope.api.rf;

import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;

/**
 * Reverse-correlation estimator (AWA, AWC...). It hands out additive accumulators: the accumulators of
 * disjoint stimulus shards {@link RfAccumulator#merge merge} into the accumulator of their union.
 */
@ConsumerType
public interface ReceptiveFieldEstimator extends Described {

    /** A fresh accumulator for {@code units} units seeing stimuli of {@code dimension} values each. */
    RfAccumulator newAccumulator(int dimension, int units, Parameters parameters);
}
