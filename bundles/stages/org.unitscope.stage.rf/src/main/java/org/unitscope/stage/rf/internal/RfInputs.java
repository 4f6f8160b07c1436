package org.unitscope.stage.rf.internal;

import java.util.List;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.ResolvedService;

/**
 * What both kinds of receptive-field work read: the layers, each layer's patch geometry and stored responses, the
 * estimators, and the run's seed.
 */
record RfInputs(List<String> layers, List<PatchGeometry> geometries, List<LayerActivations> responses,
        List<ResolvedService<ReceptiveFieldEstimator>> estimators, long seed) {

    /** The seed an estimator gets for the units of one layer (its shuffles), the same in every pass and group. */
    long unitSeed(int layer) {
        return seed * 1_000_003L + layer;
    }

    int dimension(int layer) {
        return geometries.get(layer).dimension();
    }
}
