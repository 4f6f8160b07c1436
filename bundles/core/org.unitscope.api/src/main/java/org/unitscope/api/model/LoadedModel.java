package org.unitscope.api.model;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A network in memory. Closing it frees native memory. */
@ConsumerType
public interface LoadedModel extends AutoCloseable {

    ModelDescription description();

    /**
     * Opens a probe on the given layers (one forward pass serves all of them). The probe may crop the input
     * to the receptive field of the deepest layer, saying where with {@link Probe#inputCrop()}, and truncate the
     * network after it.
     */
    Probe openProbe(List<String> layers, Readout readout);

    /**
     * Known parameters of a unit, for networks with ground truth (the synthetic V1 network); empty otherwise.
     * Keys are written into the units table prefixed with "true_".
     */
    default Map<String, Double> groundTruth(String layer, int channel) {
        return Map.of();
    }

    @Override
    void close();
}
