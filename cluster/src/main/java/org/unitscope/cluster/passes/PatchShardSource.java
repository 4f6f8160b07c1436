package org.unitscope.cluster.passes;

import java.io.Serializable;

/**
 * Regenerates rows of a patch matrix where they are needed (on the executor that holds the shard), from what defines
 * them (a stimulus seed), so that patches are never shipped. Shipped to the executors with the job: it must be
 * serializable and give the same rows wherever it runs.
 */
@FunctionalInterface
public interface PatchShardSource extends Serializable {

    /** Rows {@code first .. end - 1} (of N rows of d values), row-major. */
    float[] rows(int first, int end);
}
