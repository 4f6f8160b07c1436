package org.unitscope.examples.retina;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;

/** Ground truth of a centre-surround cell: spots of the centre's sign excite it, uniform fields leave it silent. */
class DogRetinaBackendTest {
    private static final int SIZE = 31; // the 29 px kernels of the centre cell lie inside the image

    private static LoadedModel load() {
        DogRetinaBackend backend = new DogRetinaBackend();
        return backend.load(Parameters.resolve(backend.info(), Map.of("size", SIZE)));
    }

    /** Mean gray with a disc of radius 2 px of luminance {@code spot} at the centre. */
    private static float[] spot(float spot) {
        float[] img = new float[SIZE * SIZE];
        Arrays.fill(img, 0.5f);
        int c = SIZE / 2;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                if ((x - c) * (x - c) + (y - c) * (y - c) <= 4) {
                    img[y * SIZE + x] = spot;
                }
            }
        }
        return img;
    }

    @Test
    void aLightSpotExcitesTheOnCellAndADarkSpotTheOffCell() {
        try (LoadedModel model = load(); Probe probe = model.openProbe(List.of(DogRetinaBackend.LAYER), Readout.centre())) {
            float[] light = probe.forward(spot(1f), 1).get(DogRetinaBackend.LAYER);
            float[] dark = probe.forward(spot(0f), 1).get(DogRetinaBackend.LAYER);
            assertTrue(light[0] > 0.1 && light[1] == 0, "light: ON " + light[0] + ", OFF " + light[1]);
            assertTrue(dark[1] > 0.1 && dark[0] == 0, "dark: ON " + dark[0] + ", OFF " + dark[1]);
            assertEquals(light[0], dark[1], 1e-5, "OFF is ON negated");
        }
    }

    @Test
    void aUniformFieldOfAnyLuminanceLeavesEveryCellSilent() {
        try (LoadedModel model = load(); Probe probe = model.openProbe(List.of(DogRetinaBackend.LAYER), Readout.centre())) {
            float[] white = new float[SIZE * SIZE];
            Arrays.fill(white, 1f);
            float[] r = probe.forward(white, 1).get(DogRetinaBackend.LAYER);
            assertEquals(0, r[0], 1e-5);
            assertEquals(0, r[1], 1e-5);
        }
    }

    @Test
    void theDescriptionGivesTheReceptiveFieldAndTheGroundTruth() {
        try (LoadedModel model = load()) {
            var layer = model.description().layer(DogRetinaBackend.LAYER).orElseThrow();
            assertEquals(2, layer.channels());
            assertEquals(SIZE, layer.mapSize());
            assertEquals(2 * 14 + 1, layer.rf().size()); // +-3 surround sigmas of 4.5 px
            assertEquals(Preprocessing.CENTRED, model.description().inputPreprocessing());
            assertEquals(1.0, model.groundTruth(DogRetinaBackend.LAYER, 0).get("on_centre"));
            assertTrue(model.description().weightsSha256().matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void theParametersAreDeclaredOnceWithTheirLimits() {
        DogRetinaBackend backend = new DogRetinaBackend();
        assertEquals(List.of("size", "centreSigma", "surroundRatio"),
                backend.info().parameters().stream().map(spec -> spec.name()).toList());
        assertThrows(UnitscopeException.class, () -> Parameters.resolve(backend.info(), Map.of("surroundRatio", 1.0)),
                "a surround no wider than the centre");
        assertThrows(UnitscopeException.class, () -> Parameters.resolve(backend.info(), Map.of("size", 2)));
    }
}
