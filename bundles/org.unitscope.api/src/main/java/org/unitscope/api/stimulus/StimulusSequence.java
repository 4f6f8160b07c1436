package org.unitscope.api.stimulus;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A finite, random-access sequence of stimuli: stimulus {@code i} is always the same for the same
 * parameters and seed, so estimators regenerate stimuli instead of storing them, and shards can run apart.
 */
@ConsumerType
public interface StimulusSequence extends AutoCloseable {

    StimulusFormat format();

    int count();

    LabelTable labels();

    /**
     * Writes stimuli {@code from .. from+n-1} into {@code dst} starting at {@code offset}, each as
     * channels x size x size luminance values in [0, 1].
     */
    void render(int from, int n, float[] dst, int offset);

    /** Stimuli that could not be produced (a corrupt image...), with the reason; never fatal to the run. */
    default java.util.List<String> skipped() {
        return java.util.List.of();
    }

    @Override
    default void close() {
    }
}
