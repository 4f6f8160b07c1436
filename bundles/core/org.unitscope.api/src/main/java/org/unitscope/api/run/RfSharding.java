package org.unitscope.api.run;

import java.nio.file.Path;

/**
 * How a run's streamed reverse correlation is split across JVMs (a cluster run, docs/CLUSTER.md). The stimuli are cut
 * into blocks of {@link RfOptions#blockSize()} stimuli; every run sums each block on its own and adds the blocks to
 * the total in block order, so a run that computes some blocks here ({@link Mode#SHARD}) and another that folds the
 * written blocks ({@link Mode#FOLD}) give the same sums, bit for bit, as one run that does everything.
 *
 * @param mode  what this run does with the blocks
 * @param part  SHARD: which part of the blocks this shard sums (from 0): of B blocks, part k of n is blocks
 *              floor(k B / n) .. floor((k + 1) B / n) - 1, contiguous and in order (empty when n > B)
 * @param parts SHARD: into how many parts the blocks are split
 * @param path  SHARD: the file the shard's block sums are written to; FOLD: the folder of the shards' files
 */
public record RfSharding(Mode mode, int part, int parts, Path path) {

    /** One JVM does every block (the default). */
    public static final RfSharding NONE = new RfSharding(Mode.NONE, 0, 0, null);

    public enum Mode {
        /** sum every block here */
        NONE,
        /** sum the blocks of one part and write them to path instead of estimating */
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
        if (mode == Mode.SHARD && (part < 0 || parts < 1 || part >= parts)) {
            throw new IllegalArgumentException("a shard is part k of n with 0 <= k < n, not " + part + " of " + parts);
        }
    }

    /** Sum part {@code part} of {@code parts} of the blocks and write their sums to {@code file}. */
    public static RfSharding shard(int part, int parts, Path file) {
        return new RfSharding(Mode.SHARD, part, parts, file);
    }

    /** First block of this shard's part (inclusive) in a grid of {@code blocks} blocks. */
    public int fromBlock(int blocks) {
        return (int) ((long) part * blocks / parts);
    }

    /** End block of this shard's part (exclusive) in a grid of {@code blocks} blocks. */
    public int toBlock(int blocks) {
        return (int) ((long) (part + 1) * blocks / parts);
    }

    /** Fold the block sums of the shard files in {@code folder}. */
    public static RfSharding fold(Path folder) {
        return new RfSharding(Mode.FOLD, 0, 0, folder);
    }
}
