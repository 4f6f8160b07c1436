package org.unitscope.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unitscope.api.UnitscopeException;

class PluginTimeoutTest {

    @Test
    void secondsAreReadWithDecimalsAndZeroMeansNoLimit() {
        assertThat(PluginTimeout.parse("3").millis()).isEqualTo(3000);
        assertThat(PluginTimeout.parse(" 2.5 ").words()).isEqualTo("2.5 s");
        assertThat(PluginTimeout.parse("0").none()).isTrue();
    }

    @Test
    void anAbsentOrBlankValueIsTheTenMinuteDefault() {
        assertThat(PluginTimeout.parse(null)).isEqualTo(PluginTimeout.DEFAULT);
        assertThat(PluginTimeout.parse(" ")).isEqualTo(PluginTimeout.DEFAULT);
        assertThat(PluginTimeout.DEFAULT.words()).isEqualTo("600 s");
    }

    @Test
    void aNegativeOrNonNumericValueIsRefusedNamingTheProperty() {
        for (String bad : new String[] {"-1", "ten", "NaN", "1e300"}) {
            assertThatThrownBy(() -> PluginTimeout.parse(bad)).isInstanceOf(UnitscopeException.class)
                    .hasMessageContaining("unitscope.plugin.timeout").hasMessageContaining("'" + bad + "'");
        }
    }
}
