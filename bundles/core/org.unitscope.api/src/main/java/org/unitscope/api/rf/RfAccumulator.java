package org.unitscope.api.rf;

import org.osgi.annotation.versioning.ConsumerType;

/** Streaming sums over (stimulus patch, activation) pairs of a group of units. */
@ConsumerType
public interface RfAccumulator {

    /**
     * Adds the patches of stimuli {@code first .. first + n - 1} ({@code n x dimension}, row-major); their
     * activations are those of the {@link UnitActivations} the accumulator was made for.
     */
    void add(int first, float[] patches, int n);

    /** Adds the sums of another accumulator of the same units and shape over a disjoint shard of stimuli. */
    void merge(RfAccumulator other);

    /** What the sums say, unit by unit. */
    RfResult finish();
}
