package org.unitscope.api.stage;

import java.util.List;
import java.util.Set;

/**
 * The probe pass's results.
 *
 * @param stimuli rows filled, from the first
 * @param layers  per layer, in the run's layer order
 * @param failed  stimuli that could not be rendered (mean gray went through instead): leave them out
 */
public record StoredResponses(int stimuli, List<LayerActivations> layers, Set<Integer> failed) {

    public StoredResponses {
        layers = List.copyOf(layers);
        failed = Set.copyOf(failed);
    }
}
