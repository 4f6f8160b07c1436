package org.unitscope.stimulus.noise.internal;

/** White binary noise: every pixel independently +amplitude or -amplitude with probability 1/2. */
final class BinaryPlane implements PlaneNoise {
    private final int size;
    private final double amplitude;

    BinaryPlane(int size, double amplitude) {
        this.size = size;
        this.amplitude = amplitude;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void draw(StimulusRandom rng, double[] plane) {
        WhiteValues.binary(rng, amplitude, plane, size * size);
    }
}
