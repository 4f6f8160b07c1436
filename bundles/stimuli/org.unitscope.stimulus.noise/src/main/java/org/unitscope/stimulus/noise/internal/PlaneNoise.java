package org.unitscope.stimulus.noise.internal;

/**
 * One size x size plane of noise, as deviations from the mean luminance (already scaled by the contrast;
 * the ensemble adds the mean and clips). Implementations are immutable and shared between threads; all
 * randomness comes from the stimulus's own stream.
 */
interface PlaneNoise {

    /** Side of the plane in pixels. */
    int size();

    /** Fills {@code plane[0 .. size*size)} row-major from {@code rng}. */
    void draw(StimulusRandom rng, double[] plane);
}
