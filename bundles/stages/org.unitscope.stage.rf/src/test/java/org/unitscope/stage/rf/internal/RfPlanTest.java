package org.unitscope.stage.rf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RfPlanTest {
    private static final String[] LAYERS = {"a", "b"};
    private static final String[] ESTIMATORS = {"awa", "awc"};

    @Test
    void everyUnitIsPlannedOnceAndNoPassExceedsTheBudget() {
        int[] units = {10, 7};
        long[][] bytes = {{10, 100}, {20, 300}};
        RfPlan plan = RfPlan.of(units, bytes, 1000, LAYERS, ESTIMATORS, new int[] {4, 9});
        int[][] seen = new int[2][2];
        for (List<RfPlan.Item> pass : plan.passes()) {
            assertThat(pass.stream().mapToLong(RfPlan.Item::bytes).sum()).isLessThanOrEqualTo(1000);
            for (RfPlan.Item i : pass) {
                seen[i.layer()][i.estimator()] += i.to() - i.from();
            }
        }
        assertThat(seen[0]).containsExactly(10, 10);
        assertThat(seen[1]).containsExactly(7, 7);
        assertThat(plan.totalBytes()).isEqualTo(10 * 10 + 10 * 100 + 7 * 20 + 7 * 300);
        assertThat(plan.passes()).hasSize(4);
    }

    @Test
    void aBudgetThatHoldsEverythingTakesOnePass() {
        RfPlan plan = RfPlan.of(new int[] {10, 7}, new long[][] {{10, 100}, {20, 300}}, 1 << 20, LAYERS, ESTIMATORS, new int[] {4, 9});
        assertThat(plan.passes()).hasSize(1);
    }

    @Test
    void aUnitAboveTheBudgetIsAClearError() {
        assertThatThrownBy(() -> RfPlan.of(new int[] {3}, new long[][] {{5L << 30}}, 1L << 30, new String[] {"block4_conv3"},
                new String[] {"awc"}, new int[] {8464})).hasMessageContaining("block4_conv3").hasMessageContaining("awc")
                .hasMessageContaining("8,464").hasMessageContaining("--max-memory");
    }
}
