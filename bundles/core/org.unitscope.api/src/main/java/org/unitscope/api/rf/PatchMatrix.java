package org.unitscope.api.rf;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The patch matrix X of one layer: one row of {@link #dimension()} values per stimulus that rendered, in stimulus
 * order, read by row ranges. The engine holds it in memory or memory-maps it from a temporary file, whichever the
 * memory budget allows; reading the same rows twice gives the same values.
 */
@ProviderType
public interface PatchMatrix {

    /** N: rows, one per stimulus that rendered (failed stimuli are left out, with their activations). */
    int stimuli();

    /** d: values per patch. */
    int dimension();

    /** Copies rows {@code first .. first + count - 1} into {@code out} ({@code count x d}, row-major, from index 0). */
    void read(int first, int count, float[] out);

    /**
     * Where the matrix-free passes over this matrix run when not in this JVM: a cluster's runner for this layer (a
     * sharded run's fold, docs/CLUSTER.md), with JDK types only, since each bundle has its own copy of the math. Its
     * argument: {@code {Integer blockRows, String kind, double[] centre, int[] pseudo, double[] vectors, Integer count,
     * int[] column, float[][] columns, Integer shuffles, Long seed}} (a pass as the math's {@code PatchPass}, and the
     * weights of its group of units); its result: the pass's sums, section by section. Empty (the default): the
     * passes read the rows here, through {@link #read}.
     */
    default java.util.Optional<java.util.function.Function<Object[], double[][]>> passes() {
        return java.util.Optional.empty();
    }
}
