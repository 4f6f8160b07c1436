package org.unitscope.stage.rf.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.run.RfOptions;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.stage.Phase;

/**
 * The stimuli of a streaming pass as a fixed grid of blocks of {@code blockSize} stimuli. Floating-point sums depend
 * on the order of their terms, so every run sums each block in fresh accumulators and adds the blocks to the pass's
 * totals in block order: then a run that sums every block here, shards that each sum a range of blocks and write them
 * ({@link RfSharding.Mode#SHARD}), and a run that folds the shards' files ({@link RfSharding.Mode#FOLD}) give the same
 * totals bit for bit. With one block the totals are fed directly (0 + x = x: the same bits as a merged block).
 */
final class BlockFold implements Closeable {
    /** Test hook (cluster tests): a shard whose blocks hold this stimulus fails as one with a stimulus it cannot sum. */
    static final String FAIL_PROPERTY = "unitscope.test.rfShardFailsAt";

    /** Why a description without blocks cannot be sharded, and what to write. */
    static final String NEEDS_BLOCKS = "a sharded run sums blocks of stimuli: give 'receptiveField.blockSize' in the run"
            + " description (stimuli per block, a multiple of batchSize, e.g. 10000); 'unitscope run' of that same description"
            + " gives the same bits";
    private final int blockSize;
    private final int stimuli;
    private final RfSharding sharding;
    private ShardFileWriter writer;
    private ShardFolder folder;

    /** Sums a block's stimuli {@code from .. to - 1} into {@code block}; false when stopped. */
    @FunctionalInterface
    interface BlockFeed {
        boolean feed(int from, int to, long doneBefore, List<RfAccumulator> block) throws IOException;
    }

    BlockFold(RfOptions rf, int stimuli) {
        if (rf.blockSize() == 0 && rf.sharding().mode() != RfSharding.Mode.NONE) {
            throw new UnitscopeException(NEEDS_BLOCKS);
        }
        this.blockSize = rf.blockSize() == 0 ? Math.max(1, stimuli) : rf.blockSize();
        this.stimuli = stimuli;
        this.sharding = rf.sharding();
    }

    /** Blocks in the grid: ceil(stimuli / blockSize). */
    int blocks() {
        return (int) ((stimuli + (long) blockSize - 1) / blockSize);
    }

    /** Whether the plan needs room for a block's sums beside the totals. */
    boolean blocksBesideTotals() {
        return blocks() > 1;
    }

    RfSharding.Mode mode() {
        return sharding.mode();
    }

    int fromBlock() {
        return sharding.mode() == RfSharding.Mode.SHARD ? sharding.fromBlock(blocks()) : 0;
    }

    int toBlock() {
        return sharding.mode() == RfSharding.Mode.SHARD ? sharding.toBlock(blocks()) : blocks();
    }

    int first(int block) {
        return (int) Math.min(stimuli, (long) block * blockSize);
    }

    /** The shard's stimuli in words, for messages: "blocks 2..3, stimuli 2048..3999". */
    String range() {
        return fromBlock() == toBlock() ? "no block (part " + sharding.part() + " of " + sharding.parts() + ", " + blocks()
                + " block(s))" : String.format(Locale.ROOT, "blocks %d..%d, stimuli %d..%d", fromBlock(), toBlock() - 1,
                first(fromBlock()), end(toBlock() - 1) - 1);
    }

    int end(int block) {
        return (int) Math.min(stimuli, (long) (block + 1) * blockSize);
    }

    /** Stimuli this run regenerates per pass (none when it folds). */
    long stimuliSummed() {
        return sharding.mode() == RfSharding.Mode.FOLD ? toBlock() : Math.min(stimuli, (long) first(toBlock())) - first(fromBlock());
    }

    /** Opens the shard's file or the folder of shard files for the work {@code key} names. */
    void open(String key) throws IOException {
        if (sharding.mode() == RfSharding.Mode.SHARD) {
            writer = new ShardFileWriter(sharding.path(), key, fromBlock(), toBlock());
        } else if (sharding.mode() == RfSharding.Mode.FOLD) {
            folder = ShardFolder.open(sharding.path(), key, blocks());
        }
    }

    /** Pass {@code pass}: the totals get every block (or the shard's blocks are written); false when stopped. */
    boolean pass(int pass, List<RfAccumulator> totals, Supplier<List<RfAccumulator>> fresh, BlockFeed feed, Phase phase)
            throws IOException {
        switch (sharding.mode()) {
            case FOLD -> {
                folder.fold(pass, totals, b -> phase.done(b + 1L));
                return true;
            }
            case NONE -> {
                if (blocks() == 1) {
                    return feed.feed(0, stimuli, 0, totals);
                }
            }
            default -> { }
        }
        for (int b = fromBlock(); b < toBlock(); b++) {
            List<RfAccumulator> block = fresh.get();
            try {
                if (!feedBlock(b, block, feed)) {
                    return false;
                }
                if (writer != null) {
                    writer.write(pass, b, block);
                } else {
                    for (int i = 0; i < totals.size(); i++) {
                        totals.get(i).merge(block.get(i));
                    }
                }
            } finally {
                release(block);
            }
        }
        return true;
    }

    /** A shard's failure names its block and stimuli (the cluster adds the run and its layers). */
    private boolean feedBlock(int b, List<RfAccumulator> block, BlockFeed feed) throws IOException {
        try {
            failForTest(b);
            return feed.feed(first(b), end(b), first(b) - (long) first(fromBlock()), block);
        } catch (RuntimeException e) {
            if (writer == null || e instanceof java.util.concurrent.CancellationException) {
                throw e;
            }
            throw new UnitscopeException(String.format(Locale.ROOT, "rf shard part %d of %d (%s) failed in block %d (stimuli %d..%d): %s",
                    sharding.part(), sharding.parts(), range(), b, first(b), end(b) - 1, e.getMessage()), e);
        }
    }

    private void failForTest(int block) {
        Integer bad = Integer.getInteger(FAIL_PROPERTY);
        if (writer != null && bad != null && bad >= first(block) && bad < end(block)) {
            throw new UnitscopeException("stimulus " + bad + " of block " + block + " cannot be summed (" + FAIL_PROPERTY + ")");
        }
    }

    /** After the last pass: the shard's file moved into place, or every shard file checked read to its end. */
    void finish() throws IOException {
        if (writer != null) {
            writer.commit();
        } else if (folder != null) {
            folder.checkEnds();
        }
    }

    private static void release(List<RfAccumulator> block) {
        for (RfAccumulator a : block) {
            if (a instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("could not release a block's accumulator: " + e, e);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
        if (folder != null) {
            folder.close();
        }
    }
}
