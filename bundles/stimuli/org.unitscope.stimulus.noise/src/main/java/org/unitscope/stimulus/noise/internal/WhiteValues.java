package org.unitscope.stimulus.noise.internal;

/** Independent values drawn from a stimulus stream: the white-noise pixels, and the values of noise blocks. */
final class WhiteValues {
    private WhiteValues() {
    }

    /** {@code out[0..n)} = sd * N(0, 1). */
    static void gaussian(StimulusRandom rng, double sd, double[] out, int n) {
        for (int j = 0; j < n; j++) {
            out[j] = sd * rng.nextGaussian();
        }
    }

    /** {@code out[0..n)} = +amplitude or -amplitude, each with probability 1/2. */
    static void binary(StimulusRandom rng, double amplitude, double[] out, int n) {
        long bits = 0;
        for (int j = 0; j < n; j++) {
            // one 64-bit draw serves 64 values: every bit of SplitMix64's output is uniform
            if ((j & 63) == 0) {
                bits = rng.nextLong();
            }
            out[j] = (bits & 1L) != 0 ? amplitude : -amplitude;
            bits >>>= 1;
        }
    }
}
