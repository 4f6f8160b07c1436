package org.unitscope.model.vgg16.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Readout;

/**
 * The weight loaders reproduce PyTorch's activations (src/test/fixtures/make_vgg16_fixtures.py) for every layer,
 * max relative error <= 1e-4, through the real probe (cropped, truncated); broken files fail with messages that
 * name the file, the tensor and the expected shape.
 */
class Vgg16WeightLoadersTest {
    private static final String[] LAYERS = {"block1_conv1", "block1_conv2", "block2_conv1", "block2_conv2", "block3_conv1",
        "block3_conv2", "block3_conv3", "block4_conv1", "block4_conv2", "block4_conv3", "block5_conv1", "block5_conv2", "block5_conv3"};
    private static Map<String, NpzFixture.Array> reference;
    private static final Vgg16Backend BACKEND = new Vgg16Backend();

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(Vgg16WeightLoadersTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    @BeforeAll
    static void readReference() throws IOException {
        reference = NpzFixture.read(fixture("vgg16w4_reference.npz"));
    }

    private static LoadedModel load(String weights, String preprocessing) {
        return BACKEND.load(Parameters.resolve(BACKEND.info(), Map.of("weights", weights, "inputSize", 64, "preprocessing", preprocessing)));
    }

    /** Centre, corner and mean readouts of every layer against the reference maps. */
    private static void agreesWithPyTorch(LoadedModel model, String preprocessing) {
        NpzFixture.Array input = reference.get("input");
        int n = input.shape()[0];
        double worst = 0;
        for (Readout readout : List.of(Readout.centre(), Readout.at(0, 0), Readout.mean())) {
            for (String layer : LAYERS) {
                Vgg16Probe probe = ((Vgg16Model) model).openProbe(List.of(layer), readout, true);
                float[] got = probe.forward(probe.plan().cut(input.data(), n, 3, 64), n).get(layer);
                probe.close();
                float[] want = expected(reference.get(preprocessing + "." + layer), readout);
                double error = Vgg16CropEqualityTest.relativeError(got, want);
                worst = Math.max(worst, error);
                assertThat(error).as("%s %s %s", preprocessing, layer, readout).isLessThanOrEqualTo(1e-4);
            }
        }
        System.out.printf("%s: max relative error vs PyTorch over 13 layers x 3 readouts: %.2e%n", model.description().weightsSource(), worst);
    }

    /** The readout computed from a full (n, C, H, W) map. */
    static float[] expected(NpzFixture.Array map, Readout readout) {
        int n = map.shape()[0];
        int c = map.shape()[1];
        int h = map.shape()[2];
        int w = map.shape()[3];
        float[] out = new float[n * c];
        for (int i = 0; i < n * c; i++) {
            if (readout.mode() == Readout.Mode.MEAN) {
                double s = 0;
                for (int k = 0; k < h * w; k++) {
                    s += map.data()[i * h * w + k];
                }
                out[i] = (float) (s / (h * w));
            } else {
                int r = readout.mode() == Readout.Mode.CENTRE ? (h - 1) / 2 : readout.row();
                int col = readout.mode() == Readout.Mode.CENTRE ? (w - 1) / 2 : readout.col();
                out[i] = map.data()[(i * h + r) * w + col];
            }
        }
        return out;
    }

    @Test
    void kerasLegacyHdf5() {
        try (LoadedModel m = load(fixture("vgg16w4_keras_legacy.h5").toString(), "auto")) {
            assertThat(m.description().inputPreprocessing()).isEqualTo(Preprocessing.CAFFE);
            assertThat(m.description().provenance()).containsEntry("weightsFormat", "keras-h5");
            assertThat(m.description().layers()).extracting(l -> l.channels()).containsExactly(4, 4, 8, 8, 16, 16, 16, 32, 32, 32, 32, 32, 32);
            agreesWithPyTorch(m, "caffe");
        }
    }

    @Test
    void keras3WeightsHdf5() {
        try (LoadedModel m = load(fixture("vgg16w4.weights.h5").toString(), "auto")) {
            assertThat(m.description().provenance()).containsEntry("weightsFormat", "keras3-weights-h5");
            agreesWithPyTorch(m, "caffe");
        }
    }

    @Test
    void torchScriptOfTorchvisionVgg16() {
        try (LoadedModel m = load(fixture("vgg16w4_torchvision.pt").toString(), "auto")) {
            assertThat(m.description().inputPreprocessing()).isEqualTo(Preprocessing.TORCH);
            agreesWithPyTorch(m, "torch");
        }
    }

    @Test
    void djlParametersRoundTrip() throws IOException {
        Path params = tmp.resolve("vgg16w4.params");
        try (LoadedModel m = load(fixture("vgg16w4_torchvision.pt").toString(), "auto")) {
            DjlParamsFormat.write(((Vgg16Model) m).network(), params, 64, Preprocessing.TORCH, Map.of("from", "test"));
        }
        assertThat(params.resolveSibling("vgg16w4.params.json")).exists();
        try (LoadedModel m = load(params.toString(), "auto")) {
            assertThat(m.description().weightsSha256()).isEqualTo(WeightFiles.sha256(params));
            agreesWithPyTorch(m, "torch");
        }
    }

    @Test
    void theManifestHashIsTheFilesSha256() {
        Path f = fixture("vgg16w4_keras_legacy.h5");
        try (LoadedModel m = load(f.toString(), "auto")) {
            assertThat(m.description().weightsSha256()).isEqualTo(WeightFiles.sha256(f)).hasSize(64);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "broken_truncated.h5      | not a readable HDF5 file",
            "broken_wrong_shape.h5    | block3_conv2/kernel has shape (17, 16, 3, 3), expected (16, 16, 3, 3)",
            "broken_missing_tensor.h5 | missing tensor block4_conv3/kernel",
            "broken_nan.h5            | block2_conv1/kernel has a non-finite value (NaN)",
            "not_weights.h5           | not Keras weights"})
    void brokenFilesFailWithAMessageNamingFileAndTensor(String file, String message) {
        Path f = fixture(file);
        assertThatThrownBy(() -> load(f.toString(), "auto")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining(message);
    }

    @Test
    void unknownAndMissingFiles() throws IOException {
        Path junk = Files.write(tmp.resolve("weights.bin"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThatThrownBy(() -> load(junk.toString(), "auto")).hasMessageContaining("not a recognised weight file");
        assertThatThrownBy(() -> load(tmp.resolve("nope.h5").toString(), "auto")).hasMessageContaining("weight file not found");
        Path params = Files.write(tmp.resolve("lonely.params"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> load(params.toString(), "auto")).hasMessageContaining("lonely.params.json");
    }

    @Test
    void untrainedIsNamedSoAndReproducibleFromItsSeed() {
        Map<String, Object> p = Map.of("weights", "untrained", "seed", 5, "inputSize", 32, "widths", List.of(4, 8, 8, 8, 8));
        try (LoadedModel a = BACKEND.load(Parameters.resolve(BACKEND.info(), p));
                LoadedModel b = BACKEND.load(Parameters.resolve(BACKEND.info(), p));
                LoadedModel c = BACKEND.load(Parameters.resolve(BACKEND.info(), Map.of("weights", "untrained", "seed", 6,
                        "inputSize", 32, "widths", List.of(4, 8, 8, 8, 8))))) {
            assertThat(a.description().name()).contains("untrained");
            assertThat(a.description().weightsSource()).contains("untrained");
            assertThat(a.description().weightsSha256()).isEqualTo(b.description().weightsSha256())
                    .isNotEqualTo(c.description().weightsSha256());
        }
    }
}
