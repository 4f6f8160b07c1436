package org.unitscope.spi.djl.rf;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.ShardableAccumulator;
import org.unitscope.api.rf.UnitActivations;
import org.unitscope.djl.TorchMomentKernel;
import org.unitscope.math.rf.Awa;
import org.unitscope.math.rf.AwaSignificance;
import org.unitscope.math.rf.ShuffledUnits;

/**
 * What shuffle-tested estimators (AWA, AWC) share: a group of units with their R shuffles as pseudo-units of one set
 * of activation-weighted sums, whose d x d products run as float64 matrix products in PyTorch; the sums of disjoint
 * stimulus ranges merge. A plugin extends this and says in {@link #results()} what the sums mean, reading them with
 * the protected accessors ({@link #awa}, {@link #awaTest}, {@link #awc}, {@link #nullAwcs}). The native kernel is
 * released when the results are read.
 */
@ConsumerType
public abstract class ShuffledAccumulator implements ShardableAccumulator, AutoCloseable {
    /** Intermediates per group of units: small enough to stay in cache and out of the page allocator. */
    static final long GROUP_BYTES = 16L << 20;

    private final TorchMomentKernel kernel = new TorchMomentKernel(GROUP_BYTES);
    private final ShuffledUnits units;
    private volatile Thread finishing;

    /**
     * Sums of dimension {@code dimension} (the patch size) for every unit of {@code activations} and its
     * {@code shuffles} shuffles (seeded by the activations' seed).
     *
     * @param covariance whether second moments are kept too (for the AWC: d x d per pseudo-unit)
     */
    protected ShuffledAccumulator(UnitActivations activations, int dimension, int shuffles, boolean covariance) {
        this.units = ShuffledUnits.of(activations.columns(), dimension, shuffles, activations.seed(), covariance, kernel);
    }

    /** Bytes the sums of one unit take with its shuffles (for {@code ReceptiveFieldEstimator.bytesPerUnit}). */
    public static long bytesPerUnit(int dimension, int shuffles, boolean covariance) {
        return ShuffledUnits.bytesPerUnit(dimension, shuffles, covariance);
    }

    @Override
    public final void add(int first, float[] patches, int n) {
        units.add(first, patches, n);
    }

    @Override
    public final void merge(RfAccumulator other) {
        if (other.getClass() != getClass()) {
            throw new IllegalArgumentException("can only merge " + getClass().getSimpleName() + "s, not " + other.getClass().getName());
        }
        units.merge(((ShuffledAccumulator) other).units);
    }

    /** The sums of the units and their shuffles (the activations are not written: both sides have them). */
    @Override
    public final void write(java.io.DataOutput out) throws java.io.IOException {
        units.sums().write(out);
    }

    @Override
    public final void mergeFrom(java.io.DataInput in) throws java.io.IOException {
        units.sums().mergeFrom(in);
    }

    /**
     * Releases the native kernel of an accumulator that will not be finished: a block's sums once they were merged into
     * the pass's total or written for another JVM. Adding after this is not allowed.
     */
    @Override
    public final void close() {
        kernel.close();
    }

    @Override
    public final RfResult finish() {
        kernel.close();
        finishing = Thread.currentThread();
        try {
            return results();
        } finally {
            finishing = null;
        }
    }

    /**
     * Whether the thread that called {@link #finish()} was interrupted: how the receptive-field stage asks a long
     * analysis to stop (the accumulator API has no stop request). Readable from any thread, e.g. the workers of a
     * parallel loop over units; {@link #results()} checks it between eigen-decompositions and then throws a
     * {@link java.util.concurrent.CancellationException}.
     */
    protected final boolean stopRequested() {
        Thread t = finishing;
        return t != null && t.isInterrupted();
    }

    /** The units' results from their sums. */
    protected abstract RfResult results();

    /** Units in the group. */
    protected final int units() {
        return units.units();
    }

    /** The patch dimension d. */
    protected final int dimension() {
        return units.sums().dim();
    }

    /** Whether unit u was ever active (a positive activation): only then has it an AWA and an AWC. */
    protected final boolean active(int u) {
        return units.active(u);
    }

    /** Mean stimulus patch (length d); zeros before any stimulus was added. */
    protected final double[] stimulusMean() {
        return units.sums().count() > 0 ? units.sums().stimulusMean() : new double[dimension()];
    }

    /** Unit u's activation-weighted average of (stimulus - mean), and the sum of its activations. */
    protected final WeightedAverage awa(int u) {
        Awa a = units.awa(u);
        return new WeightedAverage(a.filter(), a.activationSum());
    }

    /** The shuffle test of unit u's AWA (studentized squared norm against its R shuffles). */
    protected final ShuffleTest awaTest(int u) {
        AwaSignificance.Result r = units.awaSignificance(u);
        return new ShuffleTest(r.statistic(), r.pValue(), r.nullMedian(), r.shuffles());
    }

    /** Unit u's activation-weighted covariance minus the stimulus covariance, d x d row-major (needs covariance). */
    protected final double[] awc(int u) {
        return units.awc(u).matrix();
    }

    /** The AWCs of unit u's R shuffles, each d x d row-major (needs covariance). */
    protected final List<double[]> nullAwcs(int u) {
        return units.nullAwcs(u);
    }
}
