package org.unitscope.engine.internal.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unitscope.api.UnitscopeException;

/** Every count and product of a run is exact: values at the edges are refused with their numbers, never wrapped. */
class RunSizeTest {
    private static final List<RunSize.Layer> VGG_BLOCK1 = List.of(new RunSize.Layer("block1_conv1", 64), new RunSize.Layer("block1_conv2", 64));

    @Test
    void aRunOfOrdinarySizeIsSizedExactly() {
        RunSize s = RunSize.of(VGG_BLOCK1, 1000, 224, 3, 32, 0);
        assertThat(s.units()).isEqualTo(128);
        assertThat(s.responseBytes()).isEqualTo(1000L * 128 * 4);
        assertThat(s.batchBytes()).isEqualTo(32L * 224 * 224 * 3 * 8 + 32L * 128 * 4);
        assertThat(s.totalBytes()).isEqualTo(s.responseBytes() + s.batchBytes());
        assertThat(s.bytesPerStimulus()).isEqualTo(512);
    }

    @Test
    void twoToTheThirtyOneMinusOneStimuliAreRefusedNamingTheLayerAndTheLargestCountThatFitsAnArray() {
        assertThatThrownBy(() -> RunSize.of(VGG_BLOCK1, Integer.MAX_VALUE, 32, 1, 1, 0)).isInstanceOf(UnitscopeException.class)
                .hasMessage("layer 'block1_conv1' would store 2,147,483,647 stimuli x 64 units = 137,438,953,408 floats, more than "
                        + "the 2,147,483,639 a Java array holds: use at most 33,554,431 stimuli (or fewer layers)");
    }

    @Test
    void aBatchOf1082128ImagesOf224PxIsRefusedWithItsSizeInsteadOfFailingWithANegativeNumber() {
        assertThatThrownBy(() -> RunSize.of(VGG_BLOCK1, 1000, 224, 3, 1_082_128, 0)).isInstanceOf(UnitscopeException.class)
                .hasMessage("one batch of 1,082,128 stimuli of 3x224x224 px = 162,890,563,584 floats, more than the 2,147,483,639 a "
                        + "Java array holds: use a batchSize of at most 14,266 (or \"auto\")");
    }

    @Test
    void aBillionStimuliAreRefusedInsteadOfWrappingIntoASmallerBuffer() {
        // 1e9 x 64 wrapped to a positive int before: a 1.8 GB buffer for a run that needs 256 GB
        assertThatThrownBy(() -> RunSize.of(VGG_BLOCK1, 1_000_000_000, 32, 1, 64, 0)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("1,000,000,000 stimuli x 64 units = 64,000,000,000 floats");
    }

    @Test
    void aBillionStimuliOfOneUnitAreSizedAtFourGigabytesForTheHeapCheckToRefuse() {
        RunSize s = RunSize.of(List.of(new RunSize.Layer("unit", 1)), 1_000_000_000, 32, 1, 64, 0);
        assertThat(s.responseBytes()).isEqualTo(4_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void zeroOrNegativeStimuliAreRefused(int stimuli) {
        assertThatThrownBy(() -> RunSize.of(VGG_BLOCK1, stimuli, 32, 1, 1, 0)).isInstanceOf(UnitscopeException.class)
                .hasMessage("the stimulus set gives " + stimuli + " stimuli: a run needs at least 1 (check its count)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void zeroOrNegativeBatchesAreRefused(int batch) {
        assertThatThrownBy(() -> RunSize.of(VGG_BLOCK1, 10, 32, 1, batch, 0)).isInstanceOf(UnitscopeException.class)
                .hasMessage("batchSize must be >= 1, not " + batch);
    }

    @Test
    void aLayerWithoutUnitsIsRefusedByName() {
        assertThatThrownBy(() -> RunSize.of(List.of(new RunSize.Layer("empty", 0)), 10, 32, 1, 1, 0))
                .hasMessage("layer 'empty' has 0 units: nothing to store");
    }

    @Test
    void anImageSideOfTwoToTheThirtyOneMinusOneIsRefusedWithoutOverflowing() {
        assertThatThrownBy(() -> RunSize.pixels(Integer.MAX_VALUE, Integer.MAX_VALUE)).isInstanceOf(UnitscopeException.class)
                .hasMessage("one stimulus of 2147483647x2147483647x2147483647 px = 4,611,686,014,132,420,609 floats, more than the "
                        + "2,147,483,639 a Java array holds: use a smaller input size");
        assertThatThrownBy(() -> RunSize.pixels(Integer.MAX_VALUE, 3)).isInstanceOf(UnitscopeException.class)
                .hasMessageStartingWith("one stimulus of 3x2147483647x2147483647 px = ").hasMessageEndingWith("use a smaller input size");
        assertThatThrownBy(() -> RunSize.pixels(-1, 3)).hasMessage("the probe's input is -1 px x 3 channels: both must be >= 1");
        assertThat(RunSize.pixels(224, 3)).isEqualTo(150_528);
    }

    @Test
    void theLargestArrayThatFitsIsAccepted() {
        int stimuli = (int) (RunSize.MAX_ARRAY / 64);
        assertThat(RunSize.of(VGG_BLOCK1, stimuli, 32, 1, 1, 0).responseBytes()).isEqualTo((long) stimuli * 128 * 4);
        assertThatThrownBy(() -> RunSize.of(VGG_BLOCK1, stimuli + 1, 32, 1, 1, 0)).hasMessageContaining("use at most");
    }
}
