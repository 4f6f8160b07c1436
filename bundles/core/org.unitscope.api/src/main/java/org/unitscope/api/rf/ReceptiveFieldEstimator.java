package org.unitscope.api.rf;

import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;

/**
 * Reverse-correlation estimator (AWA, AWC...). The engine stores every unit's activations first, then streams the
 * stimulus patches (regenerated from the seed, never stored) through accumulators, as many units per pass as the
 * memory budget allows ({@link #bytesPerUnit}). Accumulators are additive: those of disjoint stimulus shards
 * {@link RfAccumulator#merge merge} into the accumulator of their union.
 */
@ConsumerType
public interface ReceptiveFieldEstimator extends Described {

    /** Bytes one unit's accumulator holds for patches of {@code dimension} values; the engine plans passes from it. */
    long bytesPerUnit(int dimension, Parameters parameters);

    /** A fresh accumulator for the units of {@code activations}, seeing patches of {@code dimension} values. */
    RfAccumulator newAccumulator(int dimension, UnitActivations activations, Parameters parameters);
}
