package org.unitscope.math.rf.matrixfree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.unitscope.math.linalg.GramKernel;
import org.unitscope.math.linalg.JavaGramKernel;
import org.unitscope.math.linalg.RitzPairs;
import org.unitscope.math.rf.JavaMomentKernel;
import org.unitscope.math.rf.MomentKernel;
import org.unitscope.math.rf.NestedShuffleTest;
import org.unitscope.math.rf.SymmetricEigen;

/**
 * Matrix-free AWA and AWC with the nested shuffle test, for many units over one patch matrix X (N x d). Passes:
 * the ensemble mean (and C_0 when whitening or on the dense path), then per batch of units the AWAs of every unit
 * and shuffle (one product), then either
 * <ul>
 * <li>(d >= {@link AwcSettings#denseBelow()}) the Krylov path: the AWCs stay operators ({@link AwcOperator}) and
 * {@link KrylovNestedTest} runs the nested test with block Lanczos, one pass over X per Lanczos round for every
 * unit and shuffle of the batch; or</li>
 * <li>(d below it) the dense path ({@link DenseAwcPath}): the d x d AWCs are formed and decomposed.</li>
 * </ul>
 * Both give the same eigenvalues, axes and accepted axes up to the Lanczos tolerance (tested). Results do not depend
 * on the batch size or on how the patch source is split into blocks.
 *
 * <p>Cost of the Krylov path per unit: (R + 1) Lanczos problems per test step, each about 2 x (its Krylov dimension)
 * x 2 N d flop; the dense path costs (R + 1) N d^2 flop per unit to form the matrices and one d^3 decomposition per
 * matrix and step. The crossover {@link AwcSettings#DEFAULT_DENSE_BELOW} was measured with the Java kernels (see
 * docs/RECEPTIVE-FIELDS.md, "Matrix-free AWC").
 */
public final class MatrixFreeAwc {

    /** The matrix work: first and second moments (AWA, C_0, the dense path) and the weighted Gram products. */
    public record Kernels(MomentKernel moments, GramKernel gram) {
        /** The plain-Java kernels. */
        public static Kernels java() {
            return new Kernels(new JavaMomentKernel(), new JavaGramKernel());
        }
    }

    private final AwcSettings settings;
    private final Kernels kernels;
    private long passes;
    private long applications;

    public MatrixFreeAwc(AwcSettings settings, Kernels kernels) {
        this.settings = settings;
        this.kernels = kernels;
    }

    /** Operator passes over the patches (Lanczos rounds) of the Krylov path, over every run so far. */
    public long passes() {
        return passes;
    }

    /** Vectors the AWC operators were applied to (each a full pass's worth of products), over every run so far. */
    public long applications() {
        return applications;
    }

    /** Whether the dense path runs at dimension d. */
    public boolean dense(int d) {
        return d < settings.denseBelow();
    }

    /**
     * Runs every unit: {@code columns} holds each unit's activations over all N stimuli (unit-major). Stops with a
     * {@link java.util.concurrent.CancellationException} when {@code stop} becomes true (checked before every chunk
     * of every pass).
     */
    public List<UnitAwc> run(PatchSource source, float[][] columns, BooleanSupplier stop) {
        return estimate(source, columns, 0, stop).units();
    }

    /** Every unit's AWA and AWC, with the ensemble mean they are centred on (model units need it). */
    public record Estimate(List<UnitAwc> units, double[] mean) {
    }

    /**
     * As {@link #run}, also returning the ensemble mean. {@code firstUnit} is the index of the first column's unit
     * in its layer: the Lanczos start blocks are seeded by it, so a layer split into groups of units gives the same
     * results as the layer at once.
     */
    public Estimate estimate(PatchSource source, float[][] columns, int firstUnit, BooleanSupplier stop) {
        return estimate(new LocalPasses(source, kernels, 0), columns, firstUnit, stop);
    }

    /**
     * As {@link #estimate(PatchSource, float[][], int, BooleanSupplier)}, every pass over the patches run by
     * {@code source}: blocked or sharded runners with the same blocks give the same bits.
     */
    public Estimate estimate(PassRunner source, float[][] columns, int firstUnit, BooleanSupplier stop) {
        int d = source.dim();
        if (columns.length == 0 || columns[0].length != source.rows()) {
            throw new IllegalArgumentException("need the activations of every unit over all " + source.rows()
                    + " stimuli");
        }
        boolean dense = dense(d);
        PatchStatistics statistics = PatchStatistics.of(source, dense || settings.whiten(), stop);
        Whitening whitening = settings.whiten() ? Whitening.of(statistics.covariance(), d, settings.ridge()) : null;
        ShuffledColumns shuffled = new ShuffledColumns(columns, settings.shuffles(), settings.seed());
        UnitAwc[] results = new UnitAwc[columns.length];
        for (int first = 0; first < columns.length; first += settings.unitsPerBatch()) {
            int last = Math.min(columns.length, first + settings.unitsPerBatch());
            int[] active = java.util.stream.IntStream.range(first, last)
                    .filter(u -> shuffled.activationSum(u) > 0).toArray();
            for (int u = first; u < last; u++) {
                results[u] = UnitAwc.silent(u, d);
            }
            if (active.length > 0) {
                runBatch(source, statistics, whitening, shuffled, active, firstUnit, dense, stop, results);
            }
        }
        return new Estimate(List.of(results), statistics.mean().clone());
    }

    private void runBatch(PassRunner source, PatchStatistics statistics, Whitening whitening,
            ShuffledColumns shuffled, int[] units, int firstUnit, boolean dense, BooleanSupplier stop, UnitAwc[] results) {
        int perUnit = shuffled.perUnit();
        AwcOperator operator = AwcOperator.forUnits(source, statistics, shuffled, units, whitening, stop);
        double[][] awa = operator.awa();
        if (dense) {
            List<DenseAwcPath.Outcome> outcomes = DenseAwcPath.run(source, statistics, shuffled, operator.pseudo(),
                    awa, whitening, settings, stop);
            for (int b = 0; b < units.length; b++) {
                results[units[b]] = fromDense(units[b], awa[b * perUnit], outcomes.get(b), whitening);
            }
        } else {
            List<KrylovNestedTest.Outcome> outcomes = new KrylovNestedTest(settings).run(operator,
                    java.util.Arrays.stream(units).map(u -> u + firstUnit).toArray(), stop);
            passes += operator.passes();
            applications += operator.applications();
            for (int b = 0; b < units.length; b++) {
                results[units[b]] = fromKrylov(units[b], awa[b * perUnit], outcomes.get(b), whitening);
            }
        }
    }

    private UnitAwc fromKrylov(int unit, double[] awa, KrylovNestedTest.Outcome o, Whitening whitening) {
        RitzPairs first = o.first();
        return new UnitAwc(unit, true, awa, awaFilter(awa, whitening), first.lowest(), first.highest(),
                first.lowestVectors(), first.highestVectors(), null, o.test(),
                filters(o.test().excitatory(), whitening), filters(o.test().suppressive(), whitening), false,
                o.residual(), o.converged());
    }

    private UnitAwc fromDense(int unit, double[] awa, DenseAwcPath.Outcome o, Whitening whitening) {
        SymmetricEigen eigen = o.eigen();
        int d = eigen.size();
        int k = Math.min(settings.reported(), d);
        double[] lowest = Arrays.copyOf(eigen.values(), k);
        double[] highest = new double[k];
        double[][] lowestAxes = new double[k][];
        double[][] highestAxes = new double[k][];
        for (int i = 0; i < k; i++) {
            highest[i] = eigen.value(d - 1 - i);
            lowestAxes[i] = eigen.vector(i);
            highestAxes[i] = eigen.vector(d - 1 - i);
        }
        return new UnitAwc(unit, true, awa, awaFilter(awa, whitening), lowest, highest, lowestAxes, highestAxes,
                eigen.values(), o.test(), filters(o.test().excitatory(), whitening),
                filters(o.test().suppressive(), whitening), true, 0, true);
    }

    private static double[] awaFilter(double[] awa, Whitening whitening) {
        return whitening == null ? awa.clone() : whitening.apply(whitening.apply(awa));
    }

    private static List<double[]> filters(List<NestedShuffleTest.Axis> axes, Whitening whitening) {
        List<double[]> out = new ArrayList<>();
        for (NestedShuffleTest.Axis a : axes) {
            out.add(whitening == null ? a.vector() : whitening.filter(a.vector()));
        }
        return List.copyOf(out);
    }
}
