package org.unitscope.model.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfWindow;
import org.unitscope.djl.PerturbedWindow;

/**
 * The window the engine uses for a read-out unit ({@code ModelDescription.readoutWindow}: the description's geometry,
 * declared once with a {@code LayerStack} from the same kernel the network is built with) is exactly where
 * perturbing the input changes the unit, for every layer of both synthetic networks, at the centre and at a
 * position whose field the border cuts.
 */
class SyntheticWindowTest {

    @ParameterizedTest
    @CsvSource({"synthetic-v1, simple, centre", "synthetic-v1, complex, centre", "synthetic-v1, plaid, centre", "synthetic-v1, dog, centre",
        "synthetic-v1, complex, 5;38", "synthetic-templates, template, centre", "synthetic-templates, template, 3;20"})
    void theEnginesWindowIsWherePerturbationsChangeTheUnit(String id, String layer, String where) {
        Readout readout = where.equals("centre") ? Readout.centre() : Readout.parse(where.replace(';', ','));
        ModelBackend backend = id.equals("synthetic-v1") ? new SyntheticV1Backend() : new SyntheticTemplatesBackend();
        // inputs kept small: the measurement pushes every row and column of the input
        Map<String, Object> parameters = id.equals("synthetic-v1") ? Map.of("size", 41) : Map.of("limit", 600);
        try (LoadedModel model = backend.load(Parameters.resolve(backend.info(), parameters));
                Probe probe = model.openProbe(List.of(layer), readout)) {
            RfWindow window = model.description().readoutWindow(layer, readout, probe.inputCrop()).orElseThrow();
            assertThat(PerturbedWindow.measure(probe, layer, 3)).isEqualTo(PerturbedWindow.clip(window, probe.inputSize()));
        }
    }
}
