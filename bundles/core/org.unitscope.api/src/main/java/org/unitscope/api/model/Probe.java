package org.unitscope.api.model;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Batch of stimuli in, activations of the chosen units out. Stimuli are luminance images in [0, 1]
 * (channels x side x side, row-major, side = {@link #inputSize()}); the probe applies the preprocessing the
 * weights expect. Not thread-safe: one probe per worker.
 */
@ConsumerType
public interface Probe extends AutoCloseable {

    /** Side in pixels of the stimuli this probe takes (the crop that covers the deepest layer's RF). */
    int inputSize();

    int inputChannels();

    List<String> layers();

    int channels(String layer);

    /**
     * Runs {@code n} stimuli packed in {@code pixels} (n x channels x side x side) and returns, per layer, the
     * activations as n x channels row-major.
     */
    Map<String, float[]> forward(float[] pixels, int n);

    /**
     * Where the read-out unit of {@code layer} sees this probe's input; empty for the spatial-mean readout or when
     * the backend does not know its geometry.
     */
    default java.util.Optional<RfWindow> receptiveField(String layer) {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
