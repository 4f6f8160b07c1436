package org.unitscope.engine.internal.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unitscope.api.UnitscopeException;
import org.unitscope.engine.internal.sizing.MemoryFit.Heap;

/** Where responses go, decided before any work: the heap when they fit, else disk, else a refusal with the numbers. */
class ResponsePlacementTest {
    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;
    private static final Path DIR = Path.of("/results/noise");
    /** Finding 4 of issue 14: 2,000,000 noise stimuli on three layers of the reference network (1,056 units). */
    private static final RunSize NOISE = RunSize.spillable(List.of(new RunSize.Layer("block3_conv1", 256),
            new RunSize.Layer("block4_conv1", 512), new RunSize.Layer("block5_conv1", 288)), 2_000_000, 64, 1, 256, 0);
    private static final Heap SIX_GB = new Heap(6 * GB, 400 * MB);

    @Test
    void responsesThatFitTheHeapStayThere() {
        RunSize small = RunSize.spillable(List.of(new RunSize.Layer("l", 64)), 10_000, 32, 1, 64, 64 * MB);
        ResponsePlacement p = ResponsePlacement.decide(small, new Heap(GB, 100 * MB), 0, ResponsePlacement.Mode.AUTO, List.of("orientation"), 0, DIR);
        assertThat(p.spilled()).isFalse();
        assertThat(p.bytes()).isEqualTo(10_000L * 64 * 4);
    }

    @Test
    void eightGigabytesOfResponsesAgainstASixGigabyteHeapAreSpilledAndThePlanSaysWhere() {
        assertThat(NOISE.responseBytes()).isEqualTo(2_000_000L * 1056 * 4);
        ResponsePlacement p = ResponsePlacement.decide(NOISE, SIX_GB, 0, ResponsePlacement.Mode.AUTO, List.of(), 100 * GB, DIR);
        assertThat(p.spilled()).isTrue();
        assertThat(p.describe(DIR)).isEqualTo("responses: 7.87 GB, spilled to a memory-mapped file /results/noise/.responses/ (heap 6.00 GB)");
    }

    @Test
    void aDiskTooSmallForTheSpilledResponsesIsRefusedWithTheFreeSpaceAndTheNeed() {
        assertThatThrownBy(() -> ResponsePlacement.decide(NOISE, SIX_GB, 0, ResponsePlacement.Mode.AUTO, List.of(), 10 * GB, DIR))
                .isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("the responses (7.87 GB: 2,000,000 stimuli x 1,056 units x 4 bytes) do not fit the free heap (5.61 GB of heap 6.00 GB)")
                .hasMessageContaining("in /results/noise needs 23.60 GB of disk")
                .hasMessageContaining("its file system has only 10.00 GB free");
    }

    @Test
    void aTuningMetricGetsItsTableWhenTheLargestLayerFitsTheHeapAndIsRefusedUpFrontWhenItDoesNot() {
        ResponsePlacement p = ResponsePlacement.decide(NOISE, SIX_GB, 0, ResponsePlacement.Mode.AUTO, List.of("orientation"), 100 * GB, DIR);
        assertThat(p.spilled()).as("block4_conv1 alone is 3.81 GB: it fits the free 5.61 GB").isTrue();
        Heap four = new Heap(4 * GB, 400 * MB);
        assertThatThrownBy(() -> ResponsePlacement.decide(NOISE, four, 0, ResponsePlacement.Mode.AUTO, List.of("orientation"), 100 * GB, DIR))
                .isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("the tuning metrics [orientation] need each layer's table on the heap, and layer 'block4_conv1' alone is 3.81 GB")
                .hasMessageContaining("-Xmx");
    }

    @Test
    void batchesThatDoNotFitTheHeapAreRefusedAsBeforeSinceSpillingTheResponsesDoesNotHelp() {
        RunSize big = RunSize.spillable(List.of(new RunSize.Layer("l", 64)), 100, 224, 3, 256, 0);
        assertThatThrownBy(() -> ResponsePlacement.decide(big, new Heap(64 * MB, 60 * MB), 0, ResponsePlacement.Mode.AUTO, List.of(), 100 * GB, DIR))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("this run needs").hasMessageContaining("batches");
    }

    @Test
    void spillingCanBeForcedForASmallRunAndALayerBeyondAJavaArrayIsSpilledRatherThanRefused() {
        RunSize small = RunSize.spillable(List.of(new RunSize.Layer("l", 4)), 100, 8, 1, 8, 0);
        assertThat(ResponsePlacement.decide(small, new Heap(GB, 0), 0, ResponsePlacement.Mode.ALWAYS, List.of(), GB, DIR).spilled()).isTrue();
        RunSize huge = RunSize.spillable(List.of(new RunSize.Layer("wide", 512)), 5_000_000, 8, 1, 8, 0);
        assertThat(huge.largestLayerFloats()).isGreaterThan(RunSize.MAX_ARRAY);
        assertThat(ResponsePlacement.decide(huge, new Heap(64 * GB, 0), 0, ResponsePlacement.Mode.AUTO, List.of(), 100 * GB, DIR).spilled()).isTrue();
        assertThatThrownBy(() -> ResponsePlacement.decide(huge, new Heap(64 * GB, 0), 0, ResponsePlacement.Mode.AUTO, List.of("sf"), 100 * GB, DIR))
                .hasMessageContaining("more than the 2,147,483,639 values a Java array holds");
    }

    @Test
    void withSpillingTurnedOffResponsesThatDoNotFitTheHeapAreRefusedAsBefore() {
        assertThatThrownBy(() -> ResponsePlacement.decide(NOISE, SIX_GB, 0, ResponsePlacement.Mode.NEVER, List.of(), 100 * GB, DIR))
                .isInstanceOf(UnitscopeException.class).hasMessageStartingWith("this run needs ")
                .hasMessageContaining("2,000,000 stimuli x 1,056 units x 4 bytes").hasMessageEndingWith("unitscope.responses.spill=never)");
    }
}
