package org.unitscope.model.torchscript.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;

/**
 * The backend's probes reproduce PyTorch's feature maps of tinynet.pt (src/test/fixtures/make_torchscript_fixture.py):
 * centre, position and mean readouts of all three layers, max relative error <= 1e-5; the description holds the
 * shapes, the file and the file's SHA-256.
 */
class TorchScriptActivationsTest {
    private static final double TOLERANCE = 1e-5;
    private static Map<String, NpzFixture.Array> reference;
    private static LoadedModel model;

    @BeforeAll
    static void load() throws IOException {
        reference = NpzFixture.read(NpzFixture.fixture("tinynet_reference.npz"));
        model = TinyNets.load(TinyNets.tinynet());
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Map<String, float[]> run(LoadedModel m, List<String> layers, Readout readout) {
        NpzFixture.Array input = reference.get("input");
        try (Probe p = m.openProbe(layers, readout)) {
            return p.forward(input.data(), input.shape()[0]);
        }
    }

    @Test
    void everyLayerAndReadoutAgreesWithPyTorch() {
        for (Readout readout : List.of(Readout.centre(), Readout.at(0, 0), Readout.at(2, 5), Readout.at(7, 6), Readout.mean())) {
            Map<String, float[]> got = run(model, TinyNets.LAYERS, readout);
            assertThat(got.keySet()).containsExactlyElementsOf(TinyNets.LAYERS);
            for (String layer : TinyNets.LAYERS) {
                float[] want = ReferenceReadouts.of(reference.get(layer), readout);
                assertThat(ReferenceReadouts.relativeError(got.get(layer), want)).as("%s %s", layer, readout)
                        .isLessThanOrEqualTo(TOLERANCE);
            }
        }
    }

    @Test
    void aSubsetInAnyOrderReturnsTheRightMaps() {
        List<String> some = List.of("conv3", "conv1");
        try (Probe p = model.openProbe(some, Readout.centre())) {
            assertThat(p.layers()).isEqualTo(some);
            assertThat(p.channels("conv3")).isEqualTo(8);
            assertThat(p.channels("conv1")).isEqualTo(4);
            assertThat(p.inputSize()).isEqualTo(32);
            assertThat(p.inputChannels()).isEqualTo(1);
            assertThatThrownBy(() -> p.channels("conv2")).isInstanceOf(IllegalArgumentException.class);
        }
        Map<String, float[]> got = run(model, some, Readout.centre());
        assertThat(got.keySet()).containsExactlyElementsOf(some);
        for (String layer : some) {
            assertThat(ReferenceReadouts.relativeError(got.get(layer), ReferenceReadouts.of(reference.get(layer), Readout.centre())))
                    .as(layer).isLessThanOrEqualTo(TOLERANCE);
        }
    }

    @Test
    void preprocessingIsAppliedBeforeTheModule() {
        try (LoadedModel centred = TinyNets.load(TinyNets.tinynet("preprocessing", "centred", "rf", List.of("5/1/0", "10/2/0.5", "14/4/0.5")))) {
            assertThat(centred.description().inputPreprocessing()).isEqualTo(Preprocessing.CENTRED);
            for (Readout readout : List.of(Readout.centre(), Readout.mean())) {
                float[] got = run(centred, List.of("conv3"), readout).get("conv3");
                float[] want = ReferenceReadouts.of(reference.get("centred.conv3"), readout);
                assertThat(ReferenceReadouts.relativeError(got, want)).as("%s", readout).isLessThanOrEqualTo(TOLERANCE);
                // and the centred input really differs from the raw one, so the check above can fail
                float[] raw = ReferenceReadouts.of(reference.get("conv3"), readout);
                assertThat(ReferenceReadouts.relativeError(got, raw)).isGreaterThan(1e-2);
            }
        }
    }

    @Test
    void descriptionHoldsShapesFileAndHash() throws IOException, NoSuchAlgorithmException {
        Path file = NpzFixture.fixture("tinynet.pt");
        ModelDescription d = model.description();
        assertThat(d.id()).isEqualTo("torchscript");
        assertThat(d.inputSize()).isEqualTo(32);
        assertThat(d.inputChannels()).isEqualTo(1);
        assertThat(d.inputPreprocessing()).isEqualTo(Preprocessing.NONE);
        assertThat(d.layerNames()).isEqualTo(TinyNets.LAYERS);
        // channel counts and sides as the reference maps have them (PyTorch), not as we computed them
        for (LayerInfo l : d.layers()) {
            int[] shape = reference.get(l.name()).shape();
            assertThat(new int[] {l.channels(), l.mapSize(), l.mapSize()}).as(l.name())
                    .containsExactly(shape[1], shape[2], shape[3]);
        }
        assertThat(d.weightsSource()).isEqualTo(file.toString());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(d.weightsSha256()).isEqualTo(sha);
        assertThat(d.provenance()).containsEntry("format", "torchscript").containsEntry("rf", "measured with impulses")
                .containsKey("engineVersion");
    }

    @Test
    void probesRefuseUnknownLayersAndPositionsOutsideTheMap() {
        assertThatThrownBy(() -> model.openProbe(List.of("conv4"), Readout.centre()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conv4").hasMessageContaining("tinynet.pt");
        // (9, 9) is inside conv1's and conv2's maps but outside conv3's 8x8
        assertThatThrownBy(() -> model.openProbe(TinyNets.LAYERS, Readout.at(9, 9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conv3");
        try (Probe p = model.openProbe(List.of("conv1", "conv2"), Readout.at(9, 9))) {
            assertThat(p.layers()).containsExactly("conv1", "conv2");
        }
    }
}
