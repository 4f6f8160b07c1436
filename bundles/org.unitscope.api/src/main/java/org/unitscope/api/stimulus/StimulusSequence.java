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

    /**
     * Items left out when the sequence was opened (a zero-byte file, a wrong extension, an image too large...),
     * each "what: why"; they are not in the sequence. Never fatal to the run; the manifest lists them.
     */
    default java.util.List<String> skipped() {
        return java.util.List.of();
    }

    /**
     * Indices of the sequence that could not be rendered after all (e.g. a JPEG found truncated while decoding),
     * with the reason, known after {@link #render} reached them. {@code render} fills them with mean gray; the
     * engine leaves them out of every response table and lists them in the manifest.
     */
    default java.util.Map<Integer, String> failures() {
        return java.util.Map.of();
    }

    @Override
    default void close() {
    }
}
