package org.unitscope.djl;

import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.math.rf.ShuffledUnits;

/**
 * What the shuffle-based estimators (AWA, AWC) share: a group of units with their R shuffles as one set of sums, whose
 * d x d products run as float64 matrix products in PyTorch ({@link TorchMomentKernel}); the kernel is released when
 * the results are read. Subclasses say what the sums mean ({@link #results}).
 */
public abstract class ShuffledAccumulator implements RfAccumulator {
    /** Intermediates per group of units: small enough to stay in cache and out of the page allocator. */
    static final long GROUP_BYTES = 16L << 20;

    private final TorchMomentKernel kernel = new TorchMomentKernel(GROUP_BYTES);
    protected final ShuffledUnits units;

    protected ShuffledAccumulator(float[][] columns, int dimension, int shuffles, long seed, boolean covariance) {
        this.units = ShuffledUnits.of(columns, dimension, shuffles, seed, covariance, kernel);
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

    @Override
    public final RfResult finish() {
        kernel.close();
        return results();
    }

    /** The units' results from their sums. */
    protected abstract RfResult results();
}
