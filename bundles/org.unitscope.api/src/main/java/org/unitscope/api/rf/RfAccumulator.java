package org.unitscope.api.rf;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** Streaming sums over (stimulus, activation) pairs. */
@ConsumerType
public interface RfAccumulator {

    /** Adds {@code n} stimuli (n x dimension) with the units' activations (n x units). */
    void add(float[] stimuli, float[] activations, int n);

    /** Adds the sums of another accumulator of the same shape (a disjoint shard). */
    void merge(RfAccumulator other);

    /** Named result arrays per unit (e.g. "awa" -> units x dimension). */
    Map<String, double[][]> finish();
}
