package org.unitscope.stimulus.noise.internal;

/**
 * SplitMix64 stream of one stimulus, keyed by (seed, index) alone. A stimulus never reads shared sequential
 * state, so stimulus i is the same whatever batch renders it, in whatever order, on whatever machine.
 * Our own generator rather than {@code SplittableRandom}: its algorithm and its {@code nextGaussian} are not
 * specified by the JDK, while these outputs are fixed here (and {@link StrictMath} keeps them bit-exact).
 */
final class StimulusRandom {
    /** 2^64 / golden ratio, odd: SplitMix64's default increment. */
    static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;
    private final long gamma;
    private double spareGaussian;
    private boolean hasSpare;

    StimulusRandom(long state, long gamma) {
        this.state = state;
        this.gamma = gamma | 1L;
    }

    /**
     * The stream of stimulus {@code index} of the ensemble {@code seed}. The start is a bijection of the index
     * for a fixed seed (no two stimuli share a start), and the increment also depends on (seed, index), so two
     * streams are never shifted copies of each other as streams with a common increment can be.
     */
    static StimulusRandom forStimulus(long seed, long index) {
        long key = mix64(seed ^ mix64(index + GOLDEN_GAMMA));
        return new StimulusRandom(key, mixGamma(key + GOLDEN_GAMMA));
    }

    /** SplitMix64's finalizer (Stafford's variant 13): a bijection of 64-bit values with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** An odd increment with enough bit transitions, as {@code SplittableRandom.split} derives its gammas. */
    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        return Long.bitCount(z ^ (z >>> 1)) < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }

    long nextLong() {
        state += gamma;
        return mix64(state);
    }

    /** Uniform in [0, 1) on the 2^-53 grid. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Standard normal by Marsaglia's polar method; both values of a pair are used, in order. */
    double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double scale = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * scale;
        hasSpare = true;
        return u * scale;
    }
}
