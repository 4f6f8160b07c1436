package org.unitscope.model.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;

/** The four-layer model as the engine sees it: description, probes on any subset of layers, errors. */
class SyntheticV1ModelTest {
    private static LoadedModel model;

    @BeforeAll
    static void load() {
        SyntheticV1Backend backend = new SyntheticV1Backend();
        model = backend.load(Parameters.resolve(backend.info(), Map.of("size", 41)));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void describesFourLayersThatShareTheKernelsGeometry() {
        assertThat(model.description().layerNames()).containsExactly("simple", "complex", "plaid", "dog");
        assertThat(model.description().layers()).extracting(LayerInfo::channels).containsExactly(16, 16, 16, 2);
        for (LayerInfo l : model.description().layers()) {
            assertThat(l.rf().size()).as(l.name()).isEqualTo(31);
            assertThat(l.rf().jump()).as(l.name()).isEqualTo(1);
            assertThat(l.mapSize()).as(l.name()).isEqualTo(41);
        }
        assertThat(model.groundTruth("dog", 1)).containsKey("sigma_c_px");
    }

    @Test
    void aProbeOnSomeLayersGivesExactlyWhatAProbeOnAllGives() {
        int n = 12;
        float[] pixels = new float[n * 41 * 41];
        Random random = new Random(11);
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = random.nextFloat();
        }
        for (Readout readout : List.of(Readout.centre(), Readout.mean(), Readout.at(5, 30))) {
            Map<String, float[]> all;
            try (Probe p = model.openProbe(List.of("simple", "complex", "plaid", "dog"), readout)) {
                all = p.forward(pixels, n);
            }
            try (Probe p = model.openProbe(List.of("dog", "complex"), readout);
                    Probe q = model.openProbe(List.of("plaid"), readout)) {
                Map<String, float[]> some = p.forward(pixels, n);
                assertThat(some.keySet()).containsExactly("dog", "complex");
                assertThat(p.channels("dog")).isEqualTo(2);
                assertThat(some.get("dog")).hasSize(n * 2).containsExactly(all.get("dog"));
                assertThat(some.get("complex")).containsExactly(all.get("complex"));
                assertThat(q.forward(pixels, n).get("plaid")).containsExactly(all.get("plaid"));
            }
        }
    }

    @Test
    void anUnknownLayerIsAnErrorThatListsTheLayers() {
        assertThatThrownBy(() -> model.openProbe(List.of("simple", "v4"), Readout.centre()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'v4'")
                .hasMessageContaining("[simple, complex, plaid, dog]");
    }
}
