package org.unitscope.engine.internal.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.engine.internal.sizing.MemoryFit.Heap;

/** A run that does not fit in the free heap is refused with the need, what is free and what would work. */
class MemoryFitTest {
    private static final long GB = 1L << 30;
    private static final long MB = 1L << 20;

    @Test
    void twoMillionNoiseStimuliOnTheReferenceLayersAreRefusedAgainstASixGigabyteHeap() {
        // 1,056 units x 2,000,000 stimuli x 4 bytes = 8.4 GB: the run, which died of OutOfMemoryError after 30 s
        RunSize s = RunSize.of(List.of(new RunSize.Layer("block3_conv1", 256), new RunSize.Layer("block4_conv1", 512),
                new RunSize.Layer("block5_conv1", 288)), 2_000_000, 64, 1, 256, 0);
        String p = MemoryFit.problem(s, new Heap(6 * GB, 400 * MB), 0).orElseThrow();
        assertThat(p).isEqualTo("this run needs 7.88 GB of heap (responses 7.87 GB: 2,000,000 stimuli x 1,056 units x 4 bytes; "
                + "batches of 256 stimuli of 4,096 px: 9.0 MB; receptive-field sums: none) but only 5.61 GB is free (heap 6.00 GB, 400.0 MB in use): "
                + "give Java a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx9g, or use at most 1,423,662 stimuli");
    }

    @Test
    void aRunThatFitsIsNotRefused() {
        RunSize s = RunSize.of(List.of(new RunSize.Layer("l", 64)), 10_000, 32, 1, 64, 64 * MB);
        assertThat(MemoryFit.problem(s, new Heap(GB, 100 * MB), 0)).isEmpty();
    }

    @Test
    void aBudgetThatLeavesNoRoomNamesTheLargestBudgetThatWould() {
        RunSize s = RunSize.of(List.of(new RunSize.Layer("l", 64)), 1_000_000, 32, 1, 64, 4 * GB);
        String p = MemoryFit.problem(s, new Heap(2 * GB, 0), 4 * GB).orElseThrow();
        assertThat(p).contains("receptive-field sums: 4.00 GB").contains("-Xmx5g")
                .endsWith("or lower --max-memory (receptiveField.maxMemory) to at most 1.76 GB");
    }

    @Test
    void whenNotEvenOneStimulusFitsOnlyALargerHeapIsOffered() {
        RunSize s = RunSize.of(List.of(new RunSize.Layer("l", 64)), 100, 224, 3, 256, 0);
        String p = MemoryFit.problem(s, new Heap(64 * MB, 60 * MB), 0).orElseThrow();
        assertThat(p).contains("batches of 256 stimuli of 150,528 px").endsWith("give Java a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx355m, "
                + "or a smaller batchSize or stimulus size (the batches take most of it)").doesNotContain("at most");
    }

    @Test
    void theSmallestHeapIsRoundedUpToWholeGigabytesOrMegabytes() {
        assertThat(MemoryFit.smallestHeap(0, GB)).isEqualTo("1g");
        assertThat(MemoryFit.smallestHeap(1, GB)).isEqualTo("2g");
        assertThat(MemoryFit.smallestHeap(0, 100 * MB + 1)).isEqualTo("101m");
    }

    @Test
    void aRunThatFitsTheHeapOfThisJvmPassesRequire() {
        MemoryFit.require(RunSize.of(List.of(new RunSize.Layer("l", 4)), 100, 8, 1, 8, 0), 0);
    }
}
