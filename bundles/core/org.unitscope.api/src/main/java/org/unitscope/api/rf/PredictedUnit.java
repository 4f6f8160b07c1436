package org.unitscope.api.rf;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A unit rebuilt from its reconstructed receptive field (e.g. the AWA as a linear filter, or significant AWC
 * axes as an energy model): its response to a stimulus patch of the same geometry as the estimator saw.
 */
@FunctionalInterface
@ConsumerType
public interface PredictedUnit {

    /** Response to one raw patch (the model removes the stimulus mean it was estimated with). */
    double respond(float[] patch);
}
