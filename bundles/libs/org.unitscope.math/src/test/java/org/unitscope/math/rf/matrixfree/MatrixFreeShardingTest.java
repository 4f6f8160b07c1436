package org.unitscope.math.rf.matrixfree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The matrix-free AWC with its passes summed per row block: split across patch shards in any way, it gives the bits
 * of the blocked run in one JVM, and each shard reads its patches once for the whole run, not once per pass.
 */
class MatrixFreeShardingTest {

    private static final GroundTruthUnits G = new GroundTruthUnits(7, 2500, 5);
    private static final float[][] UNITS = {G.complex(20), G.independent(9), G.silent(), G.simple(100)};
    private static final MatrixFreeAwc.Kernels KERNELS = MatrixFreeAwc.Kernels.java();

    private static AwcSettings settings(int denseBelow) {
        return AwcSettings.of(19, 0.1, 3, 11).withUnitsPerBatch(2).withDenseBelow(denseBelow);
    }

    private static List<UnitAwc> run(AwcSettings settings, PassRunner passes) {
        return new MatrixFreeAwc(settings, KERNELS).estimate(passes, UNITS, 0, () -> false).units();
    }

    /** Block b of the patches, rendered on demand; counts the renderings of every block. */
    private static BlockPatches counted(int blockRows, AtomicIntegerArray renders) {
        return new BlockPatches(G.n, G.d, blockRows, index -> {
            renders.incrementAndGet(index);
            return Arrays.copyOfRange(G.patches, index * blockRows * G.d, Math.min(G.n, (index + 1) * blockRows) * G.d);
        });
    }

    @Test
    void theKrylovPathSplitIntoOneTwoThreeOrSevenShardsGivesTheBitsOfTheBlockedRunInOneJvm() {
        List<UnitAwc> blocked = run(settings(0), new LocalPasses(G.source(), KERNELS, 300));
        assertThat(blocked.get(0).test().excitatory()).hasSize(2);
        for (int shards : new int[] {1, 2, 3, 7}) {
            MatrixFreeDeterminismTest.assertIdentical(blocked,
                    run(settings(0), ShardedPasses.local(G.source(), KERNELS, 300, shards)));
        }
    }

    @Test
    void theDenseAndWhitenedPathsSplitAcrossShardsGiveTheBitsOfTheBlockedRun() {
        AwcSettings dense = settings(Integer.MAX_VALUE);
        MatrixFreeDeterminismTest.assertIdentical(run(dense, new LocalPasses(G.source(), KERNELS, 512)),
                run(dense, ShardedPasses.local(G.source(), KERNELS, 512, 3)));
        AwcSettings whitened = settings(0).withWhitening(Whitening.DEFAULT_RIDGE);
        MatrixFreeDeterminismTest.assertIdentical(run(whitened, new LocalPasses(G.source(), KERNELS, 1024)),
                run(whitened, ShardedPasses.local(G.source(), KERNELS, 1024, 2)));
    }

    @Test
    void oneBlockOfEveryRowGivesTheBitsOfTheUnblockedSumsAndOtherBlocksAgreeToRounding() {
        List<UnitAwc> unblocked = new MatrixFreeAwc(settings(0), KERNELS).run(G.source(), UNITS, () -> false);
        MatrixFreeDeterminismTest.assertIdentical(unblocked, run(settings(0), new LocalPasses(G.source(), KERNELS, G.n)));
        List<UnitAwc> blocked = run(settings(0), new LocalPasses(G.source(), KERNELS, 300));
        for (int u = 0; u < UNITS.length; u++) {
            assertThat(blocked.get(u).test().excitatory()).hasSameSizeAs(unblocked.get(u).test().excitatory());
            assertThat(blocked.get(u).test().suppressive()).hasSameSizeAs(unblocked.get(u).test().suppressive());
            for (int k = 0; k < unblocked.get(u).highest().length; k++) {
                double truth = unblocked.get(u).highest()[k];
                assertThat(blocked.get(u).highest()[k]).isCloseTo(truth,
                        org.assertj.core.api.Assertions.within(1e-6 * Math.abs(truth)));
            }
        }
    }

    @Test
    void eachShardRendersItsPatchesOnceForTheWholeRunWhileUnshardedPassesRenderThemAgainEveryPass() {
        AtomicIntegerArray sharded = new AtomicIntegerArray(5);
        MatrixFreeAwc awc = new MatrixFreeAwc(settings(0), KERNELS);
        awc.estimate(ShardedPasses.local(counted(500, sharded), KERNELS, 500, 3), UNITS, 0, () -> false);
        assertThat(awc.passes()).isGreaterThan(50);
        for (int b = 0; b < 5; b++) {
            assertThat(sharded.get(b)).as("renderings of block " + b).isEqualTo(1);
        }
        AtomicIntegerArray streamed = new AtomicIntegerArray(5);
        MatrixFreeAwc again = new MatrixFreeAwc(settings(0), KERNELS);
        again.estimate(new LocalPasses(counted(500, streamed), KERNELS, 500), UNITS, 0, () -> false);
        assertThat(streamed.get(0)).isGreaterThan((int) again.passes());
    }

    @Test
    void theShardsOfKPartsCoverEveryBlockOnceInOrderAndAShardReadsOnlyItsOwnRows() {
        PassBlocks blocks = new PassBlocks(2500, 300);
        assertThat(blocks.count()).isEqualTo(9);
        assertThat(blocks.to(8)).isEqualTo(2500);
        for (int parts : new int[] {1, 2, 7, 12}) {
            int covered = 0;
            for (int k = 0; k < parts; k++) {
                assertThat(blocks.firstBlockOf(k, parts)).isEqualTo(covered);
                covered = blocks.firstBlockOf(k + 1, parts);
            }
            assertThat(covered).isEqualTo(9);
        }
        ShardPatches shard = ShardPatches.of(G.source(), 600, 1200);
        assertThatThrownBy(() -> shard.read(1100, 200, new float[200 * G.d]))
                .hasMessageContaining("rows [1100, 1300) are not in the shard [600, 1200)");
        assertThatThrownBy(() -> PassBlocks.add(new double[][] {new double[3]}, new double[][] {new double[4]}))
                .hasMessageContaining("section 0 of a block partial has 4 values, the total 3");
    }
}
