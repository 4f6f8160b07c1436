package org.unitscope.math.rf.matrixfree;

import java.util.function.BooleanSupplier;
import org.unitscope.math.linalg.OperatorBatch;
import org.unitscope.math.linalg.Vectors;

/**
 * The AWCs of many pseudo-units (units and their shuffles) as operators, never as matrices:
 * AWC_j v = X_c^T diag(a_j / S_j - 1 / N) X_c v - AWA_j (AWA_j . v), X_c the centred patches, S_j = sum a_j. The
 * weights fold the ensemble covariance C_0 = X_c^T X_c / N into the same product, so that one weighted product per
 * vector gives X_c^T diag(a_j) X_c v / S_j - C_0 v; the AWA term is the rank-one remainder. This equals
 * {@link org.unitscope.math.rf.Awc} (E_a[s s^T] - E_a[s] E_a[s]^T - C_0) applied to v. With a {@link Whitening} W the
 * operator is W AWC_j W, the AWC of the whitened stimuli.
 *
 * <p>One {@link #apply} is one pass over the patches ({@link PatchPass.Kind#GRAM} through a {@link PassRunner}):
 * every requested vector of every operator goes through the Gram kernel together, chunk by chunk.
 *
 * <p>Not thread-safe.
 */
public final class AwcOperator implements OperatorBatch {
    private final PassRunner runner;
    private final double[] mean;
    private final ShuffledColumns columns;
    private final int[] pseudo;
    private final double[][] awa;
    private final Whitening whitening;
    private final BooleanSupplier stop;
    private long applications;
    private int passes;

    /**
     * The operators of {@code units} (indices into {@code columns}, all active) and of their shuffles, unit-major:
     * unit {@code units[b]}, shuffle r is operator b (R + 1) + r. Computes their AWAs (one pass over the patches).
     */
    public static AwcOperator forUnits(PassRunner passes, PatchStatistics statistics, ShuffledColumns columns,
            int[] units, Whitening whitening, BooleanSupplier stop) {
        int perUnit = columns.perUnit();
        int[] pseudo = new int[units.length * perUnit];
        for (int b = 0; b < units.length; b++) {
            for (int r = 0; r < perUnit; r++) {
                pseudo[b * perUnit + r] = units[b] * perUnit + r;
            }
        }
        double[][] awa = AwaPass.of(passes, statistics.mean(), columns, pseudo, stop);
        return new AwcOperator(passes, statistics.mean(), columns, pseudo, awa, whitening, stop);
    }

    /**
     * @param pseudo the pseudo-unit of {@code columns} of each operator (their units must be active)
     * @param awa    each operator's AWA (unwhitened), length d
     */
    AwcOperator(PassRunner passes, double[] mean, ShuffledColumns columns, int[] pseudo, double[][] awa,
            Whitening whitening, BooleanSupplier stop) {
        for (int j : pseudo) {
            if (!(columns.activationSum(j / columns.perUnit()) > 0)) {
                throw new IllegalArgumentException("pseudo-unit " + j + " belongs to a silent unit: it has no AWC");
            }
        }
        this.runner = passes;
        this.mean = mean;
        this.columns = columns;
        this.pseudo = pseudo;
        this.awa = awa;
        this.whitening = whitening;
        this.stop = stop;
    }

    @Override
    public int dim() {
        return runner.dim();
    }

    @Override
    public int size() {
        return pseudo.length;
    }

    /** Vectors the operators were applied to so far. */
    public long applications() {
        return applications;
    }

    /** Passes over the patches so far. */
    public int passes() {
        return passes;
    }

    /** The pseudo-unit of {@link ShuffledColumns} behind each operator. */
    int[] pseudo() {
        return pseudo.clone();
    }

    /** Each operator's AWA (unwhitened), sum a (s - m) / sum a. */
    public double[][] awa() {
        return awa;
    }

    @Override
    public double[][][] apply(int[] target, double[][][] blocks) {
        int d = dim();
        int[] local = new int[pseudo.length];
        java.util.Arrays.fill(local, -1);
        int p = 0;
        int c = 0;
        for (int i = 0; i < target.length; i++) {
            if (local[target[i]] < 0) {
                local[target[i]] = p++;
            }
            c += blocks[i].length;
        }
        int[] weightPseudo = new int[p];
        for (int t = 0; t < pseudo.length; t++) {
            if (local[t] >= 0) {
                weightPseudo[local[t]] = pseudo[t];
            }
        }
        double[][] inputs = new double[c][];
        int[] column = new int[c];
        double[] v = pack(target, blocks, local, inputs, column);
        double[] out = pass(v, c, weightPseudo, column);
        passes++;
        applications += c;
        return unpack(target, blocks, inputs, out, c, d);
    }

    /** V (d x c): the (whitened) input vectors as columns; records each column's vector and weight column. */
    private double[] pack(int[] target, double[][][] blocks, int[] local, double[][] inputs, int[] column) {
        int d = dim();
        int c = inputs.length;
        double[] v = new double[d * c];
        int j = 0;
        for (int i = 0; i < target.length; i++) {
            for (double[] vector : blocks[i]) {
                double[] x = whitening == null ? vector : whitening.apply(vector);
                inputs[j] = x;
                column[j] = local[target[i]];
                for (int k = 0; k < d; k++) {
                    v[k * c + j] = x[k];
                }
                j++;
            }
        }
        return v;
    }

    /** X^T diag(a_k / S_k - 1 / N) X V through the pass runner (the weights are formed where the rows are). */
    private double[] pass(double[] v, int c, int[] weightPseudo, int[] column) {
        return runner.run(PatchPass.gram(mean, weightPseudo, v, c, column), columns, stop)[0];
    }

    /** Subtracts each operator's AWA term, applies the whitening again and splits the columns back into blocks. */
    private double[][][] unpack(int[] target, double[][][] blocks, double[][] inputs, double[] out, int c, int d) {
        double[][][] result = new double[blocks.length][][];
        int j = 0;
        for (int i = 0; i < target.length; i++) {
            double[] a = awa[target[i]];
            result[i] = new double[blocks[i].length][];
            for (int t = 0; t < blocks[i].length; t++) {
                double[] y = new double[d];
                for (int k = 0; k < d; k++) {
                    y[k] = out[k * c + j];
                }
                Vectors.axpy(-Vectors.dot(a, inputs[j]), a, y);
                result[i][t] = whitening == null ? y : whitening.apply(y);
                j++;
            }
        }
        return result;
    }
}
