package org.unitscope.stimulus.noise.internal;

/** White Gaussian noise: every pixel independent, standard deviation {@code sd} before clipping. */
final class GaussianPlane implements PlaneNoise {
    private final int size;
    private final double sd;

    GaussianPlane(int size, double sd) {
        this.size = size;
        this.sd = sd;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void draw(StimulusRandom rng, double[] plane) {
        WhiteValues.gaussian(rng, sd, plane, size * size);
    }
}
