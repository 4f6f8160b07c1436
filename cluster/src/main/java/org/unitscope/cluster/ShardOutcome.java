package org.unitscope.cluster;

import java.io.Serializable;

/**
 * One shard of a sharded reverse correlation, as its task reports it.
 *
 * @param part     the shard's part (from 0)
 * @param seconds  the part's wall time in its task (its probe, or its block sums)
 * @param bytes    size of its file (activations or block sums)
 * @param executor host/executor id
 * @param attempts Spark's attempt number + 1
 */
record ShardOutcome(int part, double seconds, long bytes, String executor, int attempts) implements Serializable {
}
