package org.unitscope.api.run;

import java.nio.file.Path;

/**
 * How a run's streamed reverse correlation is split across JVMs (a cluster run, docs/CLUSTER.md). The stimuli are cut
 * into blocks of {@link RfOptions#blockSize()} stimuli; every run sums each block on its own and adds the blocks to
 * the total in block order, so a run that computes some blocks here ({@link Mode#SHARD}) and another that folds the
 * written blocks ({@link Mode#FOLD}) give the same sums, bit for bit, as one run that does everything. The probe can be
 * split the same way: {@link Mode#PROBE} runs probe only the stimuli of their part's blocks and write the activations
 * to a probe-part file; a run with {@code probed} set reads every activation from such files instead of probing.
 *
 * @param mode   what this run does with the blocks
 * @param part   PATCHES: the first patch row; SHARD, PROBE: which part of the blocks this run takes (from 0): of B blocks, part k of n is blocks
 *               floor(k B / n) .. floor((k + 1) B / n) - 1, contiguous and in order (empty when n > B)
 * @param parts  PATCHES: the end patch row (exclusive); SHARD, PROBE: into how many parts the blocks are split
 * @param path   SHARD: the file the shard's block sums are written to; FOLD: the folder of the shards' files; PROBE:
 *               the probe-part file the activations of the part's stimuli are written to
 * @param probed the folder of probe-part files ({@code *.rfprobe}) the run's responses are read from instead of being
 *               probed (no forward pass of the run's stimuli); null = probe here. Not with PROBE.
 * @param layer  PATCHES: the one matrix-free layer whose rows are written (an executor needs one layer's rows at a
 *               time); null = every matrix-free layer. Only with PATCHES.
 */
public record RfSharding(Mode mode, int part, int parts, Path path, Path probed, String layer) {

    /** One JVM does every block (the default). */
    public static final RfSharding NONE = new RfSharding(Mode.NONE, 0, 0, null, null, null);

    public enum Mode {
        /** sum every block here */
        NONE,
        /** sum the blocks of one part and write them to path instead of estimating */
        SHARD,
        /** read every block's sums from the files in path instead of summing */
        FOLD,
        /** probe only the stimuli of one part's blocks and write their activations to path; no metrics, no sums */
        PROBE,
        /**
         * regenerate rows {@code part .. parts - 1} of the patch matrix of every layer on the matrix-free path, or of
         * {@link RfSharding#layer()} only (rows are
         * the stimuli that rendered) and write them to path; no metrics, no sums, no estimates (the matrix-free passes
         * of a sharded run: docs/CLUSTER.md)
         */
        PATCHES
    }

    public RfSharding {
        if (mode == null) {
            throw new IllegalArgumentException("sharding mode must not be null");
        }
        if (mode != Mode.NONE && path == null) {
            throw new IllegalArgumentException("sharding " + mode + " needs a path");
        }
        if (mode == Mode.PATCHES && (part < 0 || parts < part)) {
            throw new IllegalArgumentException("patch rows are a range first .. end - 1 with 0 <= first <= end, not " + part + ":" + parts);
        }
        if ((mode == Mode.SHARD || mode == Mode.PROBE) && (part < 0 || parts < 1 || part >= parts)) {
            throw new IllegalArgumentException("a shard is part k of n with 0 <= k < n, not " + part + " of " + parts);
        }
        if (mode == Mode.PROBE && probed != null) {
            throw new IllegalArgumentException("a probe part probes its stimuli: it cannot read them from " + probed);
        }
        if (layer != null && (mode != Mode.PATCHES || layer.isBlank())) {
            throw new IllegalArgumentException("a layer ('" + layer + "') is chosen only for patch rows, by a non-blank name, not in " + mode);
        }
    }

    /** Every matrix-free layer's rows (PATCHES), or no layer to choose (the other modes). */
    public RfSharding(Mode mode, int part, int parts, Path path, Path probed) {
        this(mode, part, parts, path, probed, null);
    }

    /** Without probe-part files: the run probes its stimuli itself. */
    public RfSharding(Mode mode, int part, int parts, Path path) {
        this(mode, part, parts, path, null, null);
    }

    /** Sum part {@code part} of {@code parts} of the blocks and write their sums to {@code file}. */
    public static RfSharding shard(int part, int parts, Path file) {
        return new RfSharding(Mode.SHARD, part, parts, file);
    }

    /** Probe the stimuli of part {@code part} of {@code parts} of the blocks and write their activations to {@code file}. */
    public static RfSharding probe(int part, int parts, Path file) {
        return new RfSharding(Mode.PROBE, part, parts, file);
    }

    /**
     * Regenerate rows {@code first .. end - 1} of the matrix-free layers' patch matrices and write them to {@code file}
     * (held as {@code part} and {@code parts}).
     */
    public static RfSharding patches(int first, int end, Path file) {
        return new RfSharding(Mode.PATCHES, first, end, file);
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

    /** The same, with the responses read from the probe-part files in {@code folder} instead of probed. */
    public RfSharding withProbed(Path folder) {
        return new RfSharding(mode, part, parts, path, folder, layer);
    }

    /** The same patch rows, of layer {@code name} only (PATCHES). */
    public RfSharding withLayer(String name) {
        return new RfSharding(mode, part, parts, path, probed, name);
    }
}
