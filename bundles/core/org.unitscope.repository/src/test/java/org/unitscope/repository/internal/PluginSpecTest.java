package org.unitscope.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unitscope.api.UnitscopeException;

class PluginSpecTest {
    private final IndexRepository repo = Fixture.repository();

    private String select(String id) {
        return ResourceIdentity.of(PluginSpec.parse(id).select(repo, "fixture")).toString();
    }

    @Test
    void aNameAloneMeansItsHighestVersion() {
        assertThat(select("app.simple")).isEqualTo("app.simple 2.0.0");
    }

    @Test
    void aVersionOrARangeAfterTheAtSignNarrowsTheChoice() {
        assertThat(select("app.simple@1.0.0")).isEqualTo("app.simple 1.0.0");
        assertThat(select("app.simple@[1.0,2.0)")).isEqualTo("app.simple 1.0.0");
        assertThat(select("lib.math@[1,2)")).isEqualTo("lib.math 1.2.0");
    }

    @Test
    void anUnknownNameIsAnErrorListingWhatTheRepositoryHas() {
        assertThatThrownBy(() -> select("app.unknown")).isInstanceOf(UnitscopeException.class)
                .hasMessage("no plugin 'app.unknown' in the repository fixture; it has: app.broken, app.lonely, app.plugin,"
                        + " app.simple, lib.math, lib.needy");
    }

    @Test
    void aVersionTheRepositoryLacksOrCannotReadIsAnErrorSayingWhich() {
        assertThatThrownBy(() -> select("app.simple@3.0.0")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("no version of 'app.simple' in [3.0.0,3.0.0]").hasMessageContaining("it has: [1.0.0, 2.0.0]");
        assertThatThrownBy(() -> select("app.simple@latest")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("'latest' is not a version or a version range");
        assertThatThrownBy(() -> PluginSpec.parse(" ")).isInstanceOf(UnitscopeException.class).hasMessageContaining("no plugin id given");
    }
}
