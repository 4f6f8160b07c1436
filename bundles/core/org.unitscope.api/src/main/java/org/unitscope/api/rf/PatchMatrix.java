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
}
