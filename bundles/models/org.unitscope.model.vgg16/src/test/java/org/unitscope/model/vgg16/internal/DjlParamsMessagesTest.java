package org.unitscope.model.vgg16.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.Preprocessing;

/**
 * Broken DJL parameter files and sidecars, made in a temporary folder from a good pair: every message names the file,
 * the field or tensor, what is wrong and what to do; none is "null", a bare URL or an exception class.
 */
class DjlParamsMessagesTest {
    private static final Vgg16Backend BACKEND = new Vgg16Backend();

    @TempDir
    static Path good;
    @TempDir
    Path tmp;

    @BeforeAll
    static void writeAGoodPair() throws IOException {
        try (LoadedModel m = load(Vgg16WeightLoadersTest.fixture("vgg16w4_torchvision.pt"))) {
            DjlParamsFormat.write(((Vgg16Model) m).network(), good.resolve("net.params"), 64, Preprocessing.TORCH, Map.of());
        }
    }

    private static LoadedModel load(Path weights) {
        return BACKEND.load(Parameters.resolve(BACKEND.info(), Map.of("weights", weights.toString(), "inputSize", 64)));
    }

    private Path copy(byte[] params, String sidecar) throws IOException {
        Path p = Files.write(tmp.resolve("net.params"), params);
        Files.writeString(tmp.resolve("net.params.json"), sidecar);
        return p;
    }

    private static byte[] params() throws IOException {
        return Files.readAllBytes(good.resolve("net.params"));
    }

    private static String sidecar() throws IOException {
        return Files.readString(good.resolve("net.params.json"));
    }

    @Test
    void aTruncatedParamsFileIsSaidToBeTruncatedWithItsLength() throws IOException {
        byte[] all = params();
        Path p = copy(Arrays.copyOf(all, all.length / 2), sidecar());
        assertThatThrownBy(() -> load(p)).isInstanceOf(UnitscopeException.class)
                .hasMessageStartingWith(p + ": ends after " + String.format(java.util.Locale.ROOT, "%,d", all.length / 2) + " bytes")
                .hasMessageContaining("the file is truncated; copy or write it again").hasMessageNotContaining("null");
    }

    @Test
    void aMalformedSidecarNamesTheFileAndThePlaceWithoutGsonsUrl() throws IOException {
        Path p = copy(params(), "{\"format\": \"unitscope-vgg16-djl-params\", \"widths\": [4, 8,");
        assertThatThrownBy(() -> load(p)).isInstanceOf(UnitscopeException.class)
                .hasMessageStartingWith(tmp.resolve("net.params.json") + ": not a valid parameters description (")
                .hasMessageContaining("fix it, or write the parameters again").hasMessageNotContaining("http")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aSidecarFieldOfTheWrongTypeIsNamed() throws IOException {
        Path p = copy(params(), sidecar().replaceFirst("\"widths\": \\[[^\\]]*\\]", "\"widths\": \"wide\""));
        assertThatThrownBy(() -> load(p)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("net.params.json: not a valid parameters description (").hasMessageContaining("$.widths")
                .hasMessageNotContaining("http");
    }

    @Test
    void aSidecarWithoutWidthsNamesTheField() throws IOException {
        Path p = copy(params(), sidecar().replaceFirst("\"widths\": \\[[^\\]]*\\],", ""));
        assertThatThrownBy(() -> load(p)).isInstanceOf(UnitscopeException.class)
                .hasMessage(tmp.resolve("net.params.json") + ": has no 'widths' (the channels of the 5 blocks, e.g. "
                        + "[64, 128, 256, 512, 512]); correct the field or write the parameters again");
    }

    @Test
    void aSidecarClaimingOtherWidthsNamesTheTensorBothShapesAndTheField() throws IOException {
        String side = sidecar();
        int[] widths = DjlParamsFormat.readSidecar(good.resolve("net.params")).widths();
        int[] wrong = widths.clone();
        wrong[2] = widths[2] * 2;
        Path p = copy(params(), side.replaceFirst("\"widths\": \\[[^\\]]*\\]", "\"widths\": " + Arrays.toString(wrong)));
        assertThatThrownBy(() -> load(p)).isInstanceOf(UnitscopeException.class)
                .hasMessage(p + ": tensor block3_conv1/kernel has shape (" + widths[2] + ", " + widths[1] + ", 3, 3) in the file, but "
                        + "its sidecar net.params.json makes it (" + wrong[2] + ", " + widths[1] + ", 3, 3): 'widths'[2] (block 3) is "
                        + wrong[2] + " but the file has " + widths[2] + "; correct the sidecar to match the parameters (or use the "
                        + "sidecar written with them)");
    }

    @Test
    void aSidecarClaimingOtherInputChannelsNamesInputChannels() throws IOException {
        Path p = copy(params(), sidecar().replaceFirst("\"inputChannels\": 3", "\"inputChannels\": 1"));
        assertThatThrownBy(() -> load(p)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("tensor block1_conv1/kernel has shape").hasMessageContaining("'inputChannels' is 1 but the file has 3");
    }

    @Test
    void aNegativeInputSizeIsRefusedInsteadOfBecoming224() {
        assertThatThrownBy(() -> BACKEND.validate(Parameters.resolve(BACKEND.info(), Map.of("inputSize", -1))))
                .isInstanceOf(UnitscopeException.class).hasMessage("parameter 'inputSize' of 'vgg16' is -1; allowed: >= 0");
        assertThatThrownBy(() -> BACKEND.validate(Parameters.resolve(BACKEND.info(), Map.of("inputSize", 16))))
                .hasMessage("parameter 'inputSize' of 'vgg16' is 16; allowed: 0 (what the weights say, else 224) or 32 to 26754 px");
        assertThatThrownBy(() -> BACKEND.validate(Parameters.resolve(BACKEND.info(), Map.of("inputSize", Integer.MAX_VALUE))))
                .hasMessage("parameter 'inputSize' of 'vgg16' is 2147483647; allowed: 0 (what the weights say, else 224) or 32 to "
                        + "26754 px");
    }

    @Test
    void fractionalOrHugeWidthsAreRefused() {
        assertThatThrownBy(() -> BACKEND.validate(Parameters.resolve(BACKEND.info(),
                Map.of("widths", java.util.List.of(64, 128.5, 256, 512, 512))))).hasMessageContaining("'widths' of 'vgg16' has 128.5");
        assertThatThrownBy(() -> BACKEND.validate(Parameters.resolve(BACKEND.info(),
                Map.of("widths", java.util.List.of(64, 128, 256, 512, 1e9))))).hasMessageContaining("whole numbers from 1 to 15446");
    }

    @Test
    void theGoodPairStillLoads() {
        try (LoadedModel m = load(good.resolve("net.params"))) {
            assertThat(m.description().layers()).hasSize(13);
        }
    }
}
