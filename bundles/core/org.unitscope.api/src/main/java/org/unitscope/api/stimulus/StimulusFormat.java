package org.unitscope.api.stimulus;

/**
 * What the probe needs: square images of {@code size} px with {@code channels} channels, for units whose
 * receptive fields are up to {@code rfSize} px (stimulus sets use it to choose sensible defaults, e.g.
 * spatial frequencies from about 1/RF to 0.5 cycles per pixel).
 */
public record StimulusFormat(int size, int channels, int rfSize) {
    public StimulusFormat {
        if (size < 1 || channels < 1 || rfSize < 1) {
            throw new IllegalArgumentException("size, channels and rfSize must be >= 1");
        }
    }

    public int pixelsPerStimulus() {
        return size * size * channels;
    }
}
