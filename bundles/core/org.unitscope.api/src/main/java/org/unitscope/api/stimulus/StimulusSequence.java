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
     * channels x size x size luminance values in [0, 1], row-major with row 0 at the top.
     * <p>
     * Geometric labels follow one convention, which every metric assumes: pixel (row i, column j) sits at
     * x = j - (size-1)/2, y = (size-1)/2 - i (x to the right, <b>y up</b>, origin at the centre); an orientation
     * label is the direction of the wave vector in degrees counter-clockwise from +x (0 = vertical stripes, 90 =
     * horizontal stripes), axial (period 180). A set that renders with y down mirrors every orientation.
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
