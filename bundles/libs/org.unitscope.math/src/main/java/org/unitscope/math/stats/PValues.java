package org.unitscope.math.stats;

/** Argument checks shared by the multiple-comparison corrections. */
final class PValues {

    private PValues() {
    }

    /** Every p in [0, 1] and the level in (0, 1]; NaN is refused because "not tested" must not count in m. */
    static void check(double[] p, double level, String levelName) {
        if (!(level > 0 && level <= 1)) {
            throw new IllegalArgumentException(levelName + " must be in (0, 1]: " + level);
        }
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + i + " is not in [0, 1]: " + p[i]
                        + " (pass only the hypotheses that were tested)");
            }
        }
    }
}
