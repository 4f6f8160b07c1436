package org.unitscope.engine.internal.json;

import org.unitscope.api.run.MemorySize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemorySizeTest {

    @Test
    void readsTheWaysPeopleWriteSizes() {
        assertThat(MemorySize.parse("512m", "x")).isEqualTo(512L << 20);
        assertThat(MemorySize.parse("2g", "x")).isEqualTo(2L << 30);
        assertThat(MemorySize.parse("1.5GB", "x")).isEqualTo(3L << 29);
        assertThat(MemorySize.parse("800MiB", "x")).isEqualTo(800L << 20);
        assertThat(MemorySize.parse("4096", "x")).isEqualTo(4096);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> MemorySize.parse("lots", "receptiveField.maxMemory")).hasMessageContaining("receptiveField.maxMemory");
        assertThatThrownBy(() -> MemorySize.parse("-1g", "x")).hasMessageContaining("positive");
    }
}
