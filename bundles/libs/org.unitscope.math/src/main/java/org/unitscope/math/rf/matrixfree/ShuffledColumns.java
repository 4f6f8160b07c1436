package org.unitscope.math.rf.matrixfree;

import org.unitscope.math.rf.ShufflePlan;

/**
 * The activations of a group of units and of their R shuffles, as weights: pseudo-unit {@code u * (R + 1) + r} is
 * unit u under shuffle r (0 = observed), whose activation at stimulus i is a_u[source(r, i)] clamped at 0 (the
 * same {@link ShufflePlan} permutations for every unit, as in the dense estimators). The permutations are
 * tabulated once (R x N ints), so a weight costs one array look-up.
 */
public final class ShuffledColumns {
    private final float[][] columns;
    private final int shuffles;
    private final long seed;
    private final int rows;
    private final int[][] sources;
    private final double[] sums;

    /**
     * @param columns  activations per unit (unit-major), each over all N stimuli, finite
     * @param shuffles R (>= 0)
     * @param seed     seed of the shuffles ({@link ShufflePlan})
     */
    public ShuffledColumns(float[][] columns, int shuffles, long seed) {
        if (columns == null || columns.length == 0 || shuffles < 0) {
            throw new IllegalArgumentException("need at least one unit and shuffles >= 0");
        }
        this.rows = columns[0].length;
        for (int u = 0; u < columns.length; u++) {
            if (columns[u].length != rows) {
                throw new IllegalArgumentException("unit " + u + " has " + columns[u].length + " activations, unit 0 "
                        + rows);
            }
            for (int i = 0; i < rows; i++) {
                if (!Float.isFinite(columns[u][i])) {
                    throw new IllegalArgumentException("activation of unit " + u + " not finite at stimulus " + i);
                }
            }
        }
        this.columns = columns;
        this.shuffles = shuffles;
        this.seed = seed;
        this.sources = new int[shuffles + 1][];
        if (shuffles > 0) {
            ShufflePlan plan = new ShufflePlan(rows, shuffles, seed);
            for (int r = 1; r <= shuffles; r++) {
                sources[r] = new int[rows];
                for (int i = 0; i < rows; i++) {
                    sources[r][i] = plan.source(r, i);
                }
            }
        }
        this.sums = new double[columns.length];
        for (int u = 0; u < columns.length; u++) {
            double s = 0;
            for (float a : columns[u]) {
                s += a > 0 ? a : 0;
            }
            sums[u] = s;
        }
    }

    /** The activations given (not copied: not to be modified), so that the same columns can be rebuilt elsewhere. */
    public float[][] columns() {
        return columns;
    }

    /** The seed of the shuffles. */
    public long seed() {
        return seed;
    }

    public int units() {
        return columns.length;
    }

    public int shuffles() {
        return shuffles;
    }

    public int rows() {
        return rows;
    }

    /** Pseudo-units per unit, R + 1. */
    public int perUnit() {
        return shuffles + 1;
    }

    /** sum_i max(a_u[i], 0): the same for every shuffle of the unit. */
    public double activationSum(int unit) {
        return sums[unit];
    }

    /** The clamped activation of pseudo-unit {@code pseudo} at stimulus {@code i}. */
    public double weight(int pseudo, int i) {
        int u = pseudo / perUnit();
        int r = pseudo % perUnit();
        float a = columns[u][r == 0 ? i : sources[r][i]];
        return a > 0 ? a : 0.0;
    }
}
