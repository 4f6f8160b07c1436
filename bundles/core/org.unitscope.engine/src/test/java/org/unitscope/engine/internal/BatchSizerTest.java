package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unitscope.api.stimulus.StimulusFormat;

class BatchSizerTest {
    @Test
    void smallStimuliGetLargeBatchesAndLargeOnesSmallBatches() {
        long budget = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
        int small = BatchSizer.forStimuli(new StimulusFormat(32, 1, 196));
        int large = BatchSizer.forStimuli(new StimulusFormat(224, 3, 196));
        assertThat(Integer.bitCount(small)).isEqualTo(1);
        assertThat(Integer.bitCount(large)).isEqualTo(1);
        assertThat(small).isEqualTo((int) Math.min(256, Integer.highestOneBit((int) Math.min(256, budget / (32 * 32 * 4 * 48)))));
        // 224 x 224 x 3 floats x 48 = 28.9 MB per stimulus
        long expected = Math.max(1, Math.min(256, budget / (224L * 224 * 3 * 4 * 48)));
        assertThat(large).isEqualTo(Integer.highestOneBit((int) expected)).isLessThan(small);
        assertThat((long) large * 224 * 224 * 3 * 4 * 48).isLessThanOrEqualTo(Math.max(budget, 224L * 224 * 3 * 4 * 48));
    }

    @Test
    void aRequestedBatchIsKeptWhenItFitsAndRefusedWithTheLargestThatFitsWhenNot() {
        StimulusFormat small = new StimulusFormat(32, 1, 32);
        assertThat(BatchSizer.check(512, small)).isEqualTo(512);
        long fits = Math.min(Integer.MAX_VALUE - 8L, Runtime.getRuntime().maxMemory() / 16) / (32 * 32);
        assertThat(BatchSizer.check((int) fits, small)).isEqualTo((int) fits);
        assertThatThrownBy(() -> BatchSizer.check((int) fits + 1, small)).hasMessageStartingWith("batchSize " + (fits + 1) + ": one batch of 1x32x32")
                .hasMessageEndingWith("use at most " + fits + " (or \"auto\")");
        // 1,082,128 x 224 x 224 x 3 floats overflowed an int before (the run failed with "-1264")
        assertThatThrownBy(() -> BatchSizer.check(1_082_128, new StimulusFormat(224, 3, 196))).hasMessageContaining("GB of input");
    }
}
