package org.unitscope.stimulus.noise.internal;

/**
 * A noise ensemble: stimulus {@code index} is a pure function of (noise settings, patch size, channels, seed,
 * index). This is the plain entry point for estimators that regenerate stimuli instead of storing them:
 * {@link #patch(long)} gives stimulus i as channels x size x size luminance values in [0, 1], without the
 * frame around it. Immutable and thread-safe.
 */
public final class NoiseEnsemble {
    private final PlaneNoise noise;
    private final int channels;
    private final boolean colour;
    private final double mean;
    private final long seed;

    /**
     * @param colour independent noise in every channel when true; one luminance plane copied into every
     *               channel when false
     */
    NoiseEnsemble(PlaneNoise noise, int channels, boolean colour, double mean, long seed) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be >= 1, not " + channels);
        }
        this.noise = noise;
        this.channels = channels;
        this.colour = colour;
        this.mean = mean;
        this.seed = seed;
    }

    /** Side of a patch in pixels. */
    public int size() {
        return noise.size();
    }

    public int channels() {
        return channels;
    }

    public long seed() {
        return seed;
    }

    /** Values per patch: channels x size x size. */
    public int patchLength() {
        return channels * noise.size() * noise.size();
    }

    /** Stimulus {@code index} as a new channels x size x size array. */
    public float[] patch(long index) {
        float[] out = new float[patchLength()];
        patch(index, out, 0);
        return out;
    }

    /** Writes stimulus {@code index} into {@code dst} from {@code offset} (channels x size x size). */
    public void patch(long index, float[] dst, int offset) {
        patch(index, dst, offset, new double[noise.size() * noise.size()]);
    }

    /** As {@link #patch(long, float[], int)}, reusing {@code plane} (size x size) as scratch. */
    void patch(long index, float[] dst, int offset, double[] plane) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("stimulus index must be >= 0, not " + index);
        }
        int area = noise.size() * noise.size();
        StimulusRandom rng = StimulusRandom.forStimulus(seed, index);
        for (int c = 0; c < channels; c++) {
            int base = offset + c * area;
            if (c == 0 || colour) {
                // colour: channels drawn one after another from the stimulus's own stream, so independent
                noise.draw(rng, plane);
                for (int j = 0; j < area; j++) {
                    dst[base + j] = (float) clip(mean + plane[j]);
                }
            } else {
                System.arraycopy(dst, offset, dst, base, area);
            }
        }
    }

    private static double clip(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
