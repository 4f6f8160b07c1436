package org.unitscope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceInfoTest {

    @ParameterizedTest
    @ValueSource(strings = {"VGG16", "Vgg16", "my model", "my-model ", " m", "", "-lead", ".lead", "a/b", "é"})
    void rejectsBadIds(String id) {
        assertThatThrownBy(() -> new ServiceInfo(id, "1.0.0", "t", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vgg16", "synthetic-v1", "grating.orientation", "m_1", "0x"})
    void acceptsLowerCaseIds(String id) {
        assertThat(new ServiceInfo(id, "1.0.0", "t", List.of()).id()).isEqualTo(id);
    }

    @Test
    void parametersAreCopied() {
        List<ParameterSpec> specs = new ArrayList<>(List.of(ParameterSpec.integer("n", 1, "n")));
        ServiceInfo info = new ServiceInfo("m", "1.0.0", "t", specs);
        specs.add(ParameterSpec.integer("k", 2, "k"));
        assertThat(info.parameters()).hasSize(1);
    }
}
