package org.unitscope.math.rf;

/**
 * The R shuffles of a shuffle test over {@code n} stimuli, as random-access permutations: in shuffle
 * {@code r} (1..R) stimulus {@code i} receives the activation of stimulus {@link #source(int, int) source(r, i)};
 * shuffle 0 is the identity (the observed activations). Deterministic in {@code (n, shuffles, seed)}, so the
 * stimuli of any range can be regenerated and weighted in any order or shard, and every shard agrees.
 *
 * <p>Each permutation is a keyed pseudorandom permutation of [0, n): a balanced Feistel network of
 * {@value #ROUNDS} rounds on the smallest even number of bits covering n (round function: the SplitMix64
 * finaliser of the right half plus a round key), restricted to [0, n) by cycle walking. It is a bijection for
 * every key; its keys come from {@code seed} and {@code r} alone. Nothing is stored per stimulus, so a plan
 * costs O(R) memory for any n, and one look-up is a few dozen nanoseconds (on average fewer than four Feistel
 * passes, the Feistel domain being below 4n).
 *
 * <p>Immutable and thread-safe.
 */
public final class ShufflePlan {

    static final int ROUNDS = 4;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final int n;
    private final int shuffles;
    private final long seed;
    private final int halfBits;
    private final long halfMask;
    /** ROUNDS keys per shuffle; shuffle r's are at (r - 1) * ROUNDS. */
    private final long[] keys;

    /**
     * @param n        number of stimuli ({@code >= 0})
     * @param shuffles number of shuffles R ({@code >= 1})
     * @param seed     seed of the shuffles
     */
    public ShufflePlan(int n, int shuffles, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (shuffles < 1) {
            throw new IllegalArgumentException("shuffles must be >= 1: " + shuffles);
        }
        this.n = n;
        this.shuffles = shuffles;
        this.seed = seed;
        int bits = 2;
        while ((1L << bits) < n) {
            bits += 2;
        }
        this.halfBits = bits / 2;
        this.halfMask = (1L << halfBits) - 1;
        this.keys = new long[shuffles * ROUNDS];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = mix64(seed + (k + 1L) * GOLDEN);
        }
    }

    public int n() {
        return n;
    }

    public int shuffles() {
        return shuffles;
    }

    public long seed() {
        return seed;
    }

    /**
     * Index of the activation that stimulus {@code i} receives in shuffle {@code r}: {@code i} itself for
     * r = 0, a pseudorandom permutation of [0, n) for each r in 1..R.
     */
    public int source(int r, int i) {
        if (r < 0 || r > shuffles) {
            throw new IndexOutOfBoundsException("shuffle " + r + " outside [0, " + shuffles + "]");
        }
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("stimulus " + i + " outside [0, " + n + ")");
        }
        if (r == 0) {
            return i;
        }
        int base = (r - 1) * ROUNDS;
        long x = i;
        do {
            x = feistel(x, base);
        } while (x >= n);
        return (int) x;
    }

    private long feistel(long x, int base) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int k = 0; k < ROUNDS; k++) {
            long next = left ^ (mix64(right + keys[base + k]) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /**
     * The activations of stimuli {@code from .. from + count - 1} under the observed order (column 0) and the
     * R shuffles (columns 1..R): {@code out} is filled count x (R + 1), stimulus-major, ready to be given to
     * {@link ActivationWeightedSums#add} as R + 1 units. {@code activations} holds one activation per stimulus
     * for all n stimuli (a shuffle draws from anywhere).
     */
    public void shuffledActivations(float[] activations, int from, int count, float[] out) {
        if (activations == null || activations.length < n) {
            throw new IllegalArgumentException("need the activations of all " + n + " stimuli");
        }
        if (from < 0 || count < 0 || from > n - count) {
            throw new IndexOutOfBoundsException("stimuli [" + from + ", " + ((long) from + count) + ") outside [0, "
                    + n + ")");
        }
        int columns = shuffles + 1;
        if (out == null || out.length < (long) count * columns) {
            throw new IllegalArgumentException("need room for " + count + " x " + columns + " activations");
        }
        for (int i = 0; i < count; i++) {
            int row = i * columns;
            out[row] = activations[from + i];
            for (int r = 1; r < columns; r++) {
                out[row + r] = activations[source(r, from + i)];
            }
        }
    }

    /** {@link #shuffledActivations(float[], int, int, float[])} into a new count x (R + 1) array. */
    public float[] shuffledActivations(float[] activations, int from, int count) {
        if (count < 0) {
            throw new IndexOutOfBoundsException("count must be >= 0: " + count);
        }
        float[] out = new float[Math.multiplyExact(count, shuffles + 1)];
        shuffledActivations(activations, from, count, out);
        return out;
    }

    /** The SplitMix64 finaliser (Stafford variant 13). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
