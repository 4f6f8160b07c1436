package org.unitscope.stimulus.noise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;

/** The service as a run sees it: its description, its labels, its defaults and its refusals. */
class NoiseStimulusSetTest {
    private static final StimulusFormat FORMAT = new StimulusFormat(32, 3, 20);

    @Test
    void describesItself() {
        assertThat(new NoiseStimulusSet().info().id()).isEqualTo("noise");
        assertThat(new NoiseStimulusSet().info().version()).isEqualTo("1.0.0");
        assertThat(new NoiseStimulusSet().info().parameters()).extracting(ParameterSpec::name)
                .containsExactly("type", "count", "block", "blockValues", "colour", "contrast", "mean", "size", "pinkExponent");
        Parameters defaults = Parameters.resolve(new NoiseStimulusSet().info(), Map.of());
        assertThat(defaults.getString("type")).isEqualTo("gaussian");
        assertThat(defaults.getInt("count")).isEqualTo(10000);
        assertThat(defaults.isSet("contrast")).isFalse();
    }

    @Test
    void labelsNameIndexAndSeed() {
        NoiseSequence s = NoiseFixtures.open(FORMAT, 123456789L, "count", 25);
        assertThat(s.count()).isEqualTo(25);
        assertThat(s.format()).isEqualTo(FORMAT);
        LabelTable labels = s.labels();
        assertThat(labels.names()).containsExactly("index", "seed");
        assertThat(labels.count()).isEqualTo(25);
        for (int i = 0; i < 25; i++) {
            assertThat(labels.column("index")[i]).isEqualTo(i);
            assertThat(labels.column("seed")[i]).isEqualTo(123456789.0);
        }
    }

    @Test
    void contrastDefaultsPerType() {
        assertThat(settings("type", "gaussian").contrast()).isEqualTo(0.15);
        assertThat(settings("type", "pink").contrast()).isEqualTo(0.15);
        assertThat(settings("type", "binary").contrast()).isEqualTo(0.5);
        assertThat(settings("type", "blocked").contrast()).isEqualTo(0.5);
        assertThat(settings("type", "blocked", "blockValues", "gaussian").contrast()).isEqualTo(0.15);
        assertThat(settings("type", "binary", "contrast", 0.2).contrast()).isEqualTo(0.2);
        assertThat(settings("type", " Pink ").type()).isEqualTo(NoiseType.PINK);
    }

    @Test
    void refusesWhatCannotBeGenerated() {
        assertRefused("parameter 'type'", "type", "uniform");
        assertRefused("parameter 'blockValues'", "blockValues", "ternary");
        assertRefused("parameter 'mean'", "mean", 1.0);
        assertRefused("parameter 'contrast'", "contrast", 0.0);
        assertRefused("clipping would make them unequal", "type", "binary", "mean", 0.3);
        assertRefused("clipping would make them unequal", "type", "blocked", "contrast", 0.6);
        assertRefused("exceeds the stimulus frame", "size", 33);
        assertRefused("parameter 'size'", "size", -1);
        assertRefused("exceeds the patch", "type", "blocked", "size", 3);
        assertRefused("parameter 'block'", "type", "blocked", "block", 0);
        assertRefused("parameter 'pinkExponent'", "pinkExponent", -0.5);
        assertRefused("parameter 'count' of 'noise' is 0; allowed: >= 1", "count", 0);
        assertRefused("at least 2 px", "type", "pink", "size", 1);
        // binary within the range at a mean other than 0.5 is fine
        assertThat(NoiseFixtures.open(FORMAT, 0, "type", "binary", "mean", 0.3, "contrast", 0.3).count()).isEqualTo(10000);
    }

    @Test
    void refusesSeedsTheLabelCannotHold() {
        Parameters p = Parameters.resolve(new NoiseStimulusSet().info(), Map.of("count", 3));
        assertThat(new NoiseStimulusSet().open(p, FORMAT, 1L << 53).labels().column("seed")[0]).isEqualTo(0x1p53);
        assertThatThrownBy(() -> new NoiseStimulusSet().open(p, FORMAT, (1L << 53) + 1))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("2^53");
    }

    private static NoiseSettings settings(Object... keyValues) {
        Map<String, Object> raw = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            raw.put((String) keyValues[i], keyValues[i + 1]);
        }
        return NoiseSettings.from(Parameters.resolve(new NoiseStimulusSet().info(), raw));
    }

    private static void assertRefused(String message, Object... keyValues) {
        assertThatThrownBy(() -> NoiseFixtures.open(FORMAT, 0, keyValues))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining(message);
    }
}
