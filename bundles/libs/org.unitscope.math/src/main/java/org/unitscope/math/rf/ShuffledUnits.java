package org.unitscope.math.rf;

import java.util.ArrayList;
import java.util.List;

/**
 * Streaming sums of a group of units together with R shuffles of each unit's activations, for shuffle tests on
 * regenerated stimuli: unit u, shuffle r (0 = observed) is pseudo-unit {@code u * (R + 1) + r} of one
 * {@link ActivationWeightedSums}. The activations of every stimulus are known up front (they were stored), so the
 * shuffled weights of any stimulus range come from the {@link ShufflePlan}; shards of stimuli merge.
 */
public final class ShuffledUnits {
    private final float[][] columns;
    private final ShufflePlan plan;
    private final ActivationWeightedSums sums;
    private final int perUnit;

    /**
     * @param columns activations per unit (unit-major), each over all {@code plan.n()} stimuli
     * @param plan    the shuffles
     * @param sums    empty sums for {@code columns.length * (R + 1)} pseudo-units
     */
    public ShuffledUnits(float[][] columns, ShufflePlan plan, ActivationWeightedSums sums) {
        this.perUnit = plan.shuffles() + 1;
        if (sums.units() != columns.length * perUnit) {
            throw new IllegalArgumentException("sums for " + sums.units() + " pseudo-units; need " + columns.length + " x " + perUnit);
        }
        for (float[] c : columns) {
            if (c.length != plan.n()) {
                throw new IllegalArgumentException("activations of " + c.length + " stimuli; the plan has " + plan.n());
            }
        }
        this.columns = columns;
        this.plan = plan;
        this.sums = sums;
    }

    /** Units with {@code shuffles} shuffles seeded by {@code seed}, their sums (with covariance or not) through {@code kernel}. */
    public static ShuffledUnits of(float[][] columns, int dim, int shuffles, long seed, boolean covariance, MomentKernel kernel) {
        ShufflePlan plan = new ShufflePlan(columns[0].length, shuffles, seed);
        return new ShuffledUnits(columns, plan, new ActivationWeightedSums(columns.length * (shuffles + 1), dim, covariance, kernel));
    }

    /** Bytes of the sums per unit with R shuffles at dimension d. */
    public static long bytesPerUnit(int dim, int shuffles, boolean covariance) {
        long d = dim;
        return 8L * (shuffles + 1) * (2 + 3 * d + (covariance ? d * d : 0));
    }

    /** Adds stimuli first .. first+n-1 (their patches, n x d). */
    public void add(int first, float[] patches, int n) {
        int units = columns.length;
        float[] weights = new float[n * units * perUnit];
        float[] one = new float[n * perUnit];
        for (int u = 0; u < units; u++) {
            plan.shuffledActivations(columns[u], first, n, one);
            for (int i = 0; i < n; i++) {
                System.arraycopy(one, i * perUnit, weights, (i * units + u) * perUnit, perUnit);
            }
        }
        sums.add(patches, weights, n);
    }

    public void merge(ShuffledUnits other) {
        sums.merge(other.sums);
    }

    public int units() {
        return columns.length;
    }

    public int shuffles() {
        return plan.shuffles();
    }

    public ActivationWeightedSums sums() {
        return sums;
    }

    /** Pseudo-unit index of unit u's shuffle r (0 = observed). */
    public int index(int u, int r) {
        return u * perUnit + r;
    }

    /** True when unit u was ever active (a positive activation): it has an AWA and AWC. */
    public boolean active(int u) {
        return sums.activationSum(index(u, 0)) > 0;
    }

    public Awa awa(int u) {
        return Awa.of(sums, index(u, 0));
    }

    /**
     * Studentized shuffle test of unit u's AWA ({@link ActivationWeightedSums#studentizedAwaNorm}): robust to
     * response variance that depends on the stimulus, as a complex cell's does.
     */
    public AwaSignificance.Result awaSignificance(int u) {
        double[] nulls = new double[perUnit - 1];
        for (int r = 1; r < perUnit; r++) {
            nulls[r - 1] = sums.studentizedAwaNorm(index(u, r));
        }
        return AwaSignificance.ofStatistics(sums.studentizedAwaNorm(index(u, 0)), nulls);
    }

    public Awc awc(int u) {
        return Awc.of(sums, index(u, 0));
    }

    public List<double[]> nullAwcs(int u) {
        List<double[]> out = new ArrayList<>();
        for (int r = 1; r < perUnit; r++) {
            out.add(Awc.of(sums, index(u, r)).matrix());
        }
        return out;
    }
}
