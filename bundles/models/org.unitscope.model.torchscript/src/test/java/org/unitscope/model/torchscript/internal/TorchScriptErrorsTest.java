package org.unitscope.model.torchscript.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unitscope.api.UnitscopeException;

/** Every way a TorchScript network can be given wrongly fails with a message naming the parameter, file or layer. */
class TorchScriptErrorsTest {
    @TempDir
    Path tmp;

    private static Map<String, Object> without(String name) {
        Map<String, Object> p = new HashMap<>(TinyNets.tinynet());
        p.remove(name);
        return p;
    }

    @Test
    void fileIsRequired() {
        assertThatThrownBy(() -> TinyNets.load(without("file"))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("parameter 'file'").hasMessageContaining("is required");
    }

    @Test
    void layersAreRequiredAndDistinct() {
        assertThatThrownBy(() -> TinyNets.load(without("layers"))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("parameter 'layers'").hasMessageContaining("is required");
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("layers", List.of()))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("parameter 'layers'").hasMessageContaining("is required");
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("layers", List.of("a", "b", "a"))))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("parameter 'layers'").hasMessageContaining("once");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = tmp.resolve("nowhere.pt");
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("file", missing.toString())))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("not found").hasMessageContaining(missing.toString());
    }

    @Test
    void aFileThatIsNotTorchScriptIsNamed() throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.pt"), "not a TorchScript archive\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("file", text.toString())))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining(text.toString())
                .hasMessageContaining("not a loadable TorchScript file");
        byte[] whole = Files.readAllBytes(NpzFixture.fixture("tinynet.pt"));
        Path truncated = Files.write(tmp.resolve("truncated.pt"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("file", truncated.toString())))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining(truncated.toString())
                .hasMessageContaining("not a loadable TorchScript file");
    }

    /** tinynet returns 3 maps. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aLayerCountOtherThanTheModulesMapsIsRefused(int count) {
        List<String> layers = List.of("l1", "l2", "l3", "l4").subList(0, count);
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("layers", layers))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("tinynet.pt").hasMessageContaining("returned 3 feature map(s)")
                .hasMessageContaining("names " + count);
    }

    /** flatnet returns a (n, 2, H, W) map and its (n, 2*H*W) flattening. */
    @Test
    void anOutputThatIsNotAFeatureMapIsNamed() {
        Map<String, Object> p = TinyNets.tinynet("file", NpzFixture.fixture("flatnet.pt").toString(), "layers", List.of("map", "flat"));
        assertThatThrownBy(() -> TinyNets.load(p)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("flatnet.pt").hasMessageContaining("layer 'flat'").hasMessageContaining("4-D");
    }

    @Test
    void anInputTheModuleCannotTakeIsReportedWithTheFile() {
        // tinynet's first convolution takes 1 channel
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("inputChannels", 2))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("tinynet.pt").hasMessageContaining("forward(x) failed");
    }

    /** The bad entry is the second, so the message must name conv2. */
    @ParameterizedTest
    @ValueSource(strings = {"10/2", "10x2x0.5", "a/2/0.5", "10/2/x", "0/2/0.5", "10/0/0.5", "10/2.5/0.5", "10/2/0.5/1", "", "10/2/NaN"})
    void aMalformedRfEntryIsNamedWithItsLayer(String bad) {
        List<String> rf = List.of("5/1/0", bad, "14/4/0.5");
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("rf", rf))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("parameter 'rf'").hasMessageContaining("'" + bad + "'").hasMessageContaining("layer 'conv2'")
                .hasMessageContaining("SIZE/JUMP/START");
    }

    @Test
    void anRfListOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("rf", List.of("5/1/0", "10/2/0.5"))))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("parameter 'rf'").hasMessageContaining("2 entries for 3 layers");
    }

    @Test
    void preprocessingMustBeKnownAndFitTheChannels() {
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("preprocessing", "imagenet"))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("parameter 'preprocessing'").hasMessageContaining("imagenet");
        assertThatThrownBy(() -> TinyNets.load(TinyNets.tinynet("preprocessing", "caffe"))).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("parameter 'preprocessing'").hasMessageContaining("3 (RGB)");
    }
}
