package org.unitscope.stage.rf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixPlanTest {
    private static final String[] LAYERS = {"block3_conv3", "block4_conv3"};
    private static final String[] ESTIMATORS = {"awc"};
    private static final long MB = 1L << 20;

    @Test
    void thePatchMatrixIsHeldWhenItFitsBesideOneUnitAndTheRestOfTheBudgetGoesToGroupsOfUnits() {
        // X = 1,000 x 100 x 4 = 400,000 bytes; a unit 1 MB + its column (4,000 bytes)
        MatrixPlan plan = MatrixPlan.of(List.of(new MatrixPlan.Request(0, 0, 100, 1000, 100, MB, Double.NaN)), 10 * MB,
                LAYERS, ESTIMATORS);
        MatrixPlan.Item i = plan.items().get(0);
        assertThat(i.mapped()).isFalse();
        assertThat(i.matrixBytes()).isEqualTo(400_000);
        assertThat(i.perUnitBytes()).isEqualTo(MB + 4000);
        assertThat(i.unitsPerGroup()).isEqualTo((int) ((10 * MB - 400_000) / (MB + 4000)));
        assertThat(i.peakBytes()).isLessThanOrEqualTo(10 * MB);
    }

    @Test
    void aPatchMatrixThatDoesNotFitBesideOneUnitIsMemoryMappedAndUnitsGoOneByOne() {
        // X = 50,000 x 8,464 x 4 = 1.7 GB; one unit 1 GB; budget 1.5 GB
        MatrixPlan plan = MatrixPlan.of(List.of(new MatrixPlan.Request(1, 0, 512, 50_000, 8464, 1024 * MB, Double.NaN)),
                1536 * MB, LAYERS, ESTIMATORS);
        MatrixPlan.Item i = plan.items().get(0);
        assertThat(i.mapped()).isTrue();
        assertThat(i.unitsPerGroup()).isEqualTo(1);
        assertThat(i.peakBytes()).isLessThanOrEqualTo(1536 * MB);
        assertThat(plan.describe(LAYERS, ESTIMATORS)).contains("block4_conv3 awc (matrix-free): patch matrix 50,000 x 8,464")
                .contains("memory-mapped").contains("512 group(s)");
    }

    @Test
    void groupsAreCappedSoThatProgressMoves() {
        MatrixPlan plan = MatrixPlan.of(List.of(new MatrixPlan.Request(0, 0, 256, 100, 10, 10, Double.NaN)), 1L << 40,
                LAYERS, ESTIMATORS);
        assertThat(plan.items().get(0).unitsPerGroup()).isEqualTo(MatrixPlan.MAX_GROUP);
    }

    @Test
    void aUnitAboveTheBudgetIsRefusedWithTheSmallestBudgetThatWouldWork() {
        assertThatThrownBy(() -> MatrixPlan.of(List.of(new MatrixPlan.Request(1, 0, 512, 50_000, 8464, 4096 * MB,
                Double.NaN)), 1024 * MB, LAYERS, ESTIMATORS)).hasMessageContaining("one unit of block4_conv3 needs 4.00 GB for 'awc' on the matrix-free path")
                .hasMessageContaining("d = 8,464 and N = 50,000").hasMessageContaining("raise --max-memory")
                .hasMessageContaining("to at least 4.00 GB (the patch matrix, 1.58 GB, is then memory-mapped) or 5.58 GB (held in memory)");
    }

    @Test
    void theEstimatorsTimeEstimateIsPrintedAsHoursMinutesSecondsAndLeftOutWhenItHasNone() {
        MatrixPlan.Request timed = new MatrixPlan.Request(1, 0, 512, 50_000, 8464, MB, 3 * 3600 + 25 * 60 + 7.4);
        MatrixPlan.Request untimed = new MatrixPlan.Request(0, 0, 64, 50_000, 1600, MB, Double.NaN);
        String text = MatrixPlan.of(List.of(untimed, timed), 4096 * MB, LAYERS, ESTIMATORS).describe(LAYERS, ESTIMATORS);
        String[] lines = text.strip().split("\\R");
        assertThat(lines[0]).startsWith("block3_conv3").doesNotContain("estimated time");
        assertThat(lines[1].strip()).startsWith("block4_conv3").contains("estimated time 3:25:07");
    }

    @Test
    void groupsHoldAboutHalfAMinuteOfEstimatedWorkButNoFewerThanEightUnits() {
        // 3 s per unit: 10 units a group; 0.1 s per unit: the cap; an hour per unit: still 8 (the kernel's width)
        MatrixPlan slow = MatrixPlan.of(List.of(new MatrixPlan.Request(0, 0, 512, 1000, 100, MB, 1536)), 1L << 40,
                LAYERS, ESTIMATORS);
        assertThat(slow.items().get(0).unitsPerGroup()).isEqualTo(10);
        MatrixPlan fast = MatrixPlan.of(List.of(new MatrixPlan.Request(0, 0, 512, 1000, 100, MB, 51.2)), 1L << 40,
                LAYERS, ESTIMATORS);
        assertThat(fast.items().get(0).unitsPerGroup()).isEqualTo(MatrixPlan.MAX_GROUP);
        MatrixPlan glacial = MatrixPlan.of(List.of(new MatrixPlan.Request(0, 0, 512, 1000, 100, MB, 512 * 3600.0)),
                1L << 40, LAYERS, ESTIMATORS);
        assertThat(glacial.items().get(0).unitsPerGroup()).isEqualTo(MatrixPlan.MIN_TIMED_GROUP);
    }
}
