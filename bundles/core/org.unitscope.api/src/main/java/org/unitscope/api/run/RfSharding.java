package org.unitscope.api.run;

import java.nio.file.Path;

/**
 * How a run's streamed reverse correlation is split across JVMs (a cluster run, docs/CLUSTER.md). The stimuli are cut
 * into blocks of {@link RfOptions#blockSize()} stimuli; every run sums each block on its own and adds the blocks to
 * the total in block order, so a run that computes some blocks here ({@link Mode#SHARD}) and another that folds the
 * written blocks ({@link Mode#FOLD}) give the same sums, bit for bit, as one run that does everything.
 *
 * @param mode       what this run does with the blocks
 * @param fromBlock  first block of a shard (inclusive)
 * @param toBlock    last block of a shard (exclusive)
 * @param path       SHARD: the file the shard's block sums are written to; FOLD: the folder of the shards' files
 */
public record RfSharding(Mode mode, int fromBlock, int toBlock, Path path) {

    /** One JVM does every block (the default). */
    public static final RfSharding NONE = new RfSharding(Mode.NONE, 0, 0, null);

    public enum Mode {
        /** sum every block here */
        NONE,
        /** sum blocks fromBlock .. toBlock - 1 and write them to path instead of estimating */
        SHARD,
        /** read every block's sums from the files in path instead of summing */
        FOLD
    }

    public RfSharding {
        if (mode == null) {
            throw new IllegalArgumentException("sharding mode must not be null");
        }
        if (mode != Mode.NONE && path == null) {
            throw new IllegalArgumentException("sharding " + mode + " needs a path");
        }
        if (mode == Mode.SHARD && (fromBlock < 0 || toBlock <= fromBlock)) {
            throw new IllegalArgumentException("a shard needs blocks from < to, from >= 0, not " + fromBlock + ":" + toBlock);
        }
    }

    /** Compute blocks {@code from .. to - 1} and write their sums to {@code file}. */
    public static RfSharding shard(int from, int to, Path file) {
        return new RfSharding(Mode.SHARD, from, to, file);
    }

    /** Fold the block sums of the shard files in {@code folder}. */
    public static RfSharding fold(Path folder) {
        return new RfSharding(Mode.FOLD, 0, 0, folder);
    }
}
