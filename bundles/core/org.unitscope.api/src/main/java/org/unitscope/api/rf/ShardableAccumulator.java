package org.unitscope.api.rf;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An accumulator whose sums can travel: a shard of the stimuli computed in another JVM (an executor of a cluster run)
 * writes its partial sums, and the driver adds them to an accumulator of the same units with
 * {@link #mergeFrom}, exactly as {@link #merge} would add the shard's accumulator. Only the sums are written, not
 * the activations (both sides hold those, from the run's stored responses).
 */
@ConsumerType
public interface ShardableAccumulator extends RfAccumulator {

    /** Writes the sums added so far, bit for bit (doubles as their IEEE 754 bits). */
    void write(DataOutput out) throws IOException;

    /**
     * Reads sums written by {@link #write} of an accumulator of the same units and shape and adds them to these, in
     * the order {@link #merge} adds; an accumulator of another shape is refused with an {@link IOException} that says
     * which shape each has.
     */
    void mergeFrom(DataInput in) throws IOException;
}
