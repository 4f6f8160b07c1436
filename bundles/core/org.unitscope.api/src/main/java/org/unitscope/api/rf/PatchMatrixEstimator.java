package org.unitscope.api.rf;

import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Parameters;

/**
 * A {@link ReceptiveFieldEstimator} that can also work on a layer's whole patch matrix instead of streaming sums: the
 * matrix-free AWC keeps X (N x d) and the activations rather than a d x d covariance per unit and shuffle. The
 * engine asks {@link #usesPatchMatrix} per layer; where it says yes, the engine builds the layer's {@link PatchMatrix}
 * once, and hands it over with groups of units sized by {@link #workingBytesPerUnit} and the memory budget.
 */
@ConsumerType
public interface PatchMatrixEstimator {

    /** Whether patches of {@code dimension} values go through {@link #estimate} rather than accumulators. */
    boolean usesPatchMatrix(int dimension, Parameters parameters);

    /** Bytes one unit needs while it is estimated, beside the patch matrix and the activations. */
    long workingBytesPerUnit(int dimension, int stimuli, Parameters parameters);

    /**
     * A rough estimate, made before any stimulus is probed, of the seconds {@link #estimate} will take for
     * {@code units} units at this dimension and number of stimuli on this machine; NaN when the estimator cannot
     * tell. The run's plan prints it; it is a guide, not a promise.
     */
    default double estimatedSeconds(int dimension, int stimuli, int units, Parameters parameters) {
        return Double.NaN;
    }

    /**
     * The units of {@code activations} (one column per unit over the rows of {@code patches}) estimated from the
     * patch matrix; the result has one row per unit, as an accumulator's. {@code firstUnit} is the layer index of the
     * first column's unit: randomness drawn per unit is seeded by it, so the result of a unit does not depend on how
     * the engine grouped the units. Checks {@code control} often and throws
     * {@link java.util.concurrent.CancellationException} once it asks to stop.
     */
    RfResult estimate(PatchMatrix patches, UnitActivations activations, int firstUnit, Parameters parameters,
            EstimationControl control);
}
