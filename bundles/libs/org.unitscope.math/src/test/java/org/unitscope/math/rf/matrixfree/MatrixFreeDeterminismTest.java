package org.unitscope.math.rf.matrixfree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.math.rf.NestedShuffleTest;

/** Same seed, same results, bit for bit, whatever the batch of units and however the patches are supplied. */
class MatrixFreeDeterminismTest {

    private static final GroundTruthUnits G = new GroundTruthUnits(7, 2500, 5);
    private static final float[][] UNITS = {G.complex(20), G.independent(9), G.silent(), G.simple(100)};

    private static BlockPatches blocks(int rows) {
        return new BlockPatches(G.n, G.d, rows, index -> Arrays.copyOfRange(G.patches, index * rows * G.d,
                Math.min(G.n, (index + 1) * rows) * G.d));
    }

    private static List<UnitAwc> run(PatchSource source, int unitsPerBatch, int denseBelow) {
        AwcSettings settings = AwcSettings.of(19, 0.1, 3, 11).withUnitsPerBatch(unitsPerBatch).withDenseBelow(denseBelow);
        return new MatrixFreeAwc(settings, MatrixFreeAwc.Kernels.java()).run(source, UNITS, () -> false);
    }

    static void assertIdentical(List<UnitAwc> a, List<UnitAwc> b) {
        assertThat(b).hasSameSizeAs(a);
        for (int u = 0; u < a.size(); u++) {
            UnitAwc x = a.get(u);
            UnitAwc y = b.get(u);
            assertThat(y.awa()).containsExactly(x.awa());
            assertThat(y.lowest()).containsExactly(x.lowest());
            assertThat(y.highest()).containsExactly(x.highest());
            for (int k = 0; k < x.highestAxes().length; k++) {
                assertThat(y.highestAxes()[k]).containsExactly(x.highestAxes()[k]);
                assertThat(y.lowestAxes()[k]).containsExactly(x.lowestAxes()[k]);
            }
            assertSameAxes(x.test().excitatory(), y.test().excitatory());
            assertSameAxes(x.test().suppressive(), y.test().suppressive());
        }
    }

    private static void assertSameAxes(List<NestedShuffleTest.Axis> a, List<NestedShuffleTest.Axis> b) {
        assertThat(b).hasSameSizeAs(a);
        for (int k = 0; k < a.size(); k++) {
            assertThat(b.get(k).vector()).containsExactly(a.get(k).vector());
            assertThat(b.get(k).eigenvalue()).isEqualTo(a.get(k).eigenvalue());
            assertThat(b.get(k).nullLower()).isEqualTo(a.get(k).nullLower());
            assertThat(b.get(k).nullUpper()).isEqualTo(a.get(k).nullUpper());
        }
    }

    @Test
    void theKrylovPathGivesTheSameBitsForEveryBatchSizeAndPatchSupply(@TempDir Path dir) throws Exception {
        List<UnitAwc> reference = run(G.source(), 4, 0);
        assertThat(reference.get(0).test().excitatory()).hasSize(2);
        assertIdentical(reference, run(blocks(100), 1, 0));
        assertIdentical(reference, run(blocks(777), 3, 0));
        assertIdentical(reference, run(MappedPatches.write(dir.resolve("patches.f32"), G.source()), 2, 0));
    }

    @Test
    void theDensePathGivesTheSameBitsForEveryBatchSizeAndPatchSupply() {
        List<UnitAwc> reference = run(G.source(), 4, Integer.MAX_VALUE);
        assertThat(reference.get(0).dense()).isTrue();
        assertIdentical(reference, run(blocks(333), 1, Integer.MAX_VALUE));
    }

    @Test
    void anotherSeedGivesOtherShufflesButTheSameObservedSpectrum() {
        AwcSettings other = AwcSettings.of(19, 0.1, 3, 12).withDenseBelow(0);
        List<UnitAwc> a = run(G.source(), 4, 0);
        List<UnitAwc> b = new MatrixFreeAwc(other, MatrixFreeAwc.Kernels.java()).run(G.source(), UNITS, () -> false);
        assertThat(b.get(0).highest()[0]).isCloseTo(a.get(0).highest()[0],
                org.assertj.core.api.Assertions.within(1e-7 * Math.abs(a.get(0).highest()[0])));
        assertThat(b.get(0).test().excitatory().get(0).nullUpper())
                .isNotEqualTo(a.get(0).test().excitatory().get(0).nullUpper());
    }
}
