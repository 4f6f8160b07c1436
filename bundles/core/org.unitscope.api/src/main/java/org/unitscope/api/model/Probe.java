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
     * Where this probe's input lies in the model's input: the whole of it (the default) unless the probe crops, in
     * which case it must say where its crop lies. The engine derives receptive-field windows from this, the model's
     * layer geometry and the readout ({@link ModelDescription#readoutWindow}); a probe states no window itself.
     */
    default InputCrop inputCrop() {
        return InputCrop.whole(inputSize());
    }

    /**
     * No longer read by the engine, and empty: the window is derived from the model's description, the readout and
     * {@link #inputCrop()}, so that it cannot disagree with the declared geometry. Stages take it from
     * {@code StageContext.receptiveField(layer)}; elsewhere use {@link ModelDescription#readoutWindow}.
     *
     * @deprecated since 2.2.0; overriding it has no effect
     */
    @Deprecated(since = "2.2.0")
    default java.util.Optional<RfWindow> receptiveField(String layer) {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
