package org.unitscope.model.torchscript.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfWindow;
import org.unitscope.djl.PerturbedWindow;

/**
 * The window the engine uses for a read-out unit of a TorchScript module ({@code ModelDescription.readoutWindow} on the
 * geometry measured with impulses, or given as paths of layers) is exactly where perturbing the input changes the
 * unit: at the centre, and at positions whose field the border cuts.
 */
class TorchScriptWindowTest {
    private static LoadedModel measured;
    private static LoadedModel given;

    @BeforeAll
    static void load() {
        measured = TinyNets.load(TinyNets.tinynet());
        given = TinyNets.load(TinyNets.tinynet("rf", List.of("k5p2", "k5p2 k2s2 k3p1", "k5p2 k2s2 k3p1 k3s2p1")));
    }

    @AfterAll
    static void close() {
        measured.close();
        given.close();
    }

    @ParameterizedTest
    @CsvSource({"conv1, centre, measured", "conv2, centre, measured", "conv3, centre, measured", "conv3, 1;6, measured",
        "conv3, centre, given", "conv2, 0;7, given"})
    void theEnginesWindowIsWherePerturbationsChangeTheUnit(String layer, String where, String geometry) {
        Readout readout = where.equals("centre") ? Readout.centre() : Readout.parse(where.replace(';', ','));
        LoadedModel model = geometry.equals("given") ? given : measured;
        try (Probe probe = model.openProbe(List.of(layer), readout)) {
            RfWindow window = model.description().readoutWindow(layer, readout, probe.inputCrop()).orElseThrow();
            assertThat(PerturbedWindow.measure(probe, layer, 2)).isEqualTo(PerturbedWindow.clip(window, probe.inputSize()));
        }
    }
}
