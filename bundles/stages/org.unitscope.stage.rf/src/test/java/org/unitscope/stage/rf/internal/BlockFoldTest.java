package org.unitscope.stage.rf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.RfResult;
import org.unitscope.api.rf.ShardableAccumulator;
import org.unitscope.api.run.RfOptions;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.stage.Phase;

/**
 * The block grid of the streamed sums: one JVM, and shards folded from their files, must add the same terms in the
 * same order. The terms span 17 decades, so any other order of addition changes the last bits.
 */
class BlockFoldTest {
    private static final int STIMULI = 1000;
    private static final int BLOCK = 64;
    private static final String KEY = "test work";

    @TempDir
    Path dir;

    @Test
    void oneJvmAddsEachBlocksOwnSumToTheTotalInBlockOrder() throws IOException {
        List<RfAccumulator> totals = sums(1);
        try (BlockFold fold = new BlockFold(options(RfSharding.NONE), STIMULI)) {
            fold.open(KEY);
            assertThat(fold.blocks()).isEqualTo(16);
            assertThat(fold.pass(0, totals, () -> sums(1), BlockFoldTest::feed, phase())).isTrue();
            fold.finish();
        }
        double expected = 0;
        for (int b = 0; b * BLOCK < STIMULI; b++) {
            double block = 0;
            for (int i = b * BLOCK; i < Math.min(STIMULI, (b + 1) * BLOCK); i++) {
                block += term(0, i);
            }
            expected += block;
        }
        assertThat(((Sum) totals.get(0)).value[0]).isEqualTo(expected);
        double sequential = 0;
        for (int i = 0; i < STIMULI; i++) {
            sequential += term(0, i);
        }
        assertThat(expected).as("the terms are chosen so that the order of addition shows").isNotEqualTo(sequential);
    }

    @Test
    void shardsOfOneTwoAndSevenPartsFoldToTheBitsOfOneJvmInEveryPass() throws IOException {
        List<List<RfAccumulator>> single = run(RfSharding.NONE);
        for (int parts : new int[] {1, 2, 7, 20}) {
            Path folder = dir.resolve("parts-" + parts);
            for (int k = 0; k < parts; k++) {
                run(RfSharding.shard(k, parts, folder.resolve("part-" + k + ShardFile.SUFFIX)));
            }
            List<List<RfAccumulator>> folded = run(RfSharding.fold(folder));
            for (int p = 0; p < single.size(); p++) {
                for (int i = 0; i < single.get(p).size(); i++) {
                    assertThat(((Sum) folded.get(p).get(i)).value).as(parts + " parts, pass " + p + " item " + i)
                            .isEqualTo(((Sum) single.get(p).get(i)).value);
                    assertThat(((Sum) folded.get(p).get(i)).count).isEqualTo(STIMULI);
                }
            }
        }
    }

    @Test
    void aDamagedShardFileIsRefusedByNameAndWhatIsDamaged() throws IOException {
        Path folder = dir.resolve("damaged");
        run(RfSharding.shard(0, 2, folder.resolve("a" + ShardFile.SUFFIX)));
        Path b = folder.resolve("b" + ShardFile.SUFFIX);
        run(RfSharding.shard(1, 2, b));
        byte[] bytes = Files.readAllBytes(b);
        bytes[bytes.length / 2] ^= 1;
        Files.write(b, bytes);
        assertThatThrownBy(() -> run(RfSharding.fold(folder))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining(b.toString()).hasMessageContaining("checksum");
    }

    @Test
    void aMissingShardIsRefusedNamingTheBlocksNotCovered() throws IOException {
        Path folder = dir.resolve("missing");
        run(RfSharding.shard(0, 3, folder.resolve("a" + ShardFile.SUFFIX)));
        run(RfSharding.shard(2, 3, folder.resolve("c" + ShardFile.SUFFIX)));
        assertThatThrownBy(() -> run(RfSharding.fold(folder))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("do not cover blocks 0..15").hasMessageContaining("starts at block 10, expected 5");
    }

    @Test
    void aShardOfOtherWorkIsRefusedWithBothKeys() throws IOException {
        Path folder = dir.resolve("other");
        try (BlockFold fold = new BlockFold(options(RfSharding.shard(0, 1, folder.resolve("x" + ShardFile.SUFFIX))), STIMULI)) {
            fold.open("other work");
            fold.pass(0, List.of(), () -> sums(1), BlockFoldTest::feed, phase());
            fold.finish();
        }
        assertThatThrownBy(() -> run(RfSharding.fold(folder))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("other work").hasMessageContaining(KEY);
    }

    @Test
    void aShardThatIsStoppedLeavesNoFile() throws IOException {
        Path file = dir.resolve("stopped" + ShardFile.SUFFIX);
        try (BlockFold fold = new BlockFold(options(RfSharding.shard(0, 1, file)), STIMULI)) {
            fold.open(KEY);
            assertThat(fold.pass(0, List.of(), () -> sums(1), (from, to, before, block) -> from < 3 * BLOCK, phase())).isFalse();
        }
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + ".part")).doesNotExist();
    }

    /** Two passes: two items of 1 and 2 units, then one of 3; returns each pass's totals (empty for a shard). */
    private List<List<RfAccumulator>> run(RfSharding sharding) throws IOException {
        int[][] passes = {{1, 2}, {3}};
        List<List<RfAccumulator>> out = new ArrayList<>();
        try (BlockFold fold = new BlockFold(options(sharding), STIMULI)) {
            fold.open(KEY);
            for (int p = 0; p < passes.length; p++) {
                int[] units = passes[p];
                List<RfAccumulator> totals = sharding.mode() == RfSharding.Mode.SHARD ? List.of() : sums(units);
                assertThat(fold.pass(p, totals, () -> sums(units), BlockFoldTest::feed, phase())).isTrue();
                out.add(totals);
            }
            fold.finish();
        }
        return out;
    }

    private static RfOptions options(RfSharding sharding) {
        return new RfOptions(0, true, 0).withBlockSize(BLOCK).withSharding(sharding);
    }

    private static List<RfAccumulator> sums(int... units) {
        List<RfAccumulator> list = new ArrayList<>();
        for (int u : units) {
            list.add(new Sum(u));
        }
        return list;
    }

    /** Adds stimuli in batches of 10 (clipped to the block), as the patch batches do. */
    private static boolean feed(int from, int to, long before, List<RfAccumulator> block) {
        for (int first = from; first < to; first += 10) {
            int n = Math.min(10, to - first);
            for (RfAccumulator a : block) {
                a.add(first, new float[n], n);
            }
        }
        return true;
    }

    /** Unit u's term for stimulus i: magnitudes from 1e-8 to 1e8. */
    private static double term(int u, int i) {
        return Math.pow(10, (i * 7 + u) % 17 - 8) * Math.sin(i + u);
    }

    private static Phase phase() {
        return new Phase() {
            @Override
            public void done(long done) {
            }

            @Override
            public double seconds() {
                return 0;
            }
        };
    }

    /** Sums of the terms per unit, with the count, serialised as raw doubles. */
    private static final class Sum implements ShardableAccumulator {
        final double[] value;
        long count;

        Sum(int units) {
            value = new double[units];
        }

        @Override
        public void add(int first, float[] patches, int n) {
            for (int k = 0; k < n; k++) {
                for (int u = 0; u < value.length; u++) {
                    value[u] += term(u, first + k);
                }
            }
            count += n;
        }

        @Override
        public void merge(RfAccumulator other) {
            Sum s = (Sum) other;
            for (int u = 0; u < value.length; u++) {
                value[u] += s.value[u];
            }
            count += s.count;
        }

        @Override
        public void write(DataOutput out) throws IOException {
            out.writeInt(value.length);
            out.writeLong(count);
            for (double v : value) {
                out.writeDouble(v);
            }
        }

        @Override
        public void mergeFrom(DataInput in) throws IOException {
            if (in.readInt() != value.length) {
                throw new IOException("another shape");
            }
            count += in.readLong();
            for (int u = 0; u < value.length; u++) {
                value[u] += in.readDouble();
            }
        }

        @Override
        public RfResult finish() {
            return new RfResult(Map.of(), Map.of(), Map.of());
        }
    }
}
