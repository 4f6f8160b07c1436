package org.unitscope.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreprocessingTest {

    /** The manifest's text of the four constants is what the free-text labels were: "none", "centred", "caffe", "torch". */
    @Test
    void theConstantsKeepTheirOldTextAndReadBack() {
        for (Preprocessing p : List.of(Preprocessing.NONE, Preprocessing.CENTRED, Preprocessing.CAFFE, Preprocessing.TORCH)) {
            assertThat(Preprocessing.parse(p.text())).isSameAs(p);
            assertThat(p.toString()).isEqualTo(p.text());
        }
        assertThat(List.of(Preprocessing.NONE, Preprocessing.CENTRED, Preprocessing.CAFFE, Preprocessing.TORCH))
                .extracting(Preprocessing::text).containsExactly("none", "centred", "caffe", "torch");
        assertThat(Preprocessing.parse(" Caffe ")).isSameAs(Preprocessing.CAFFE);
    }

    @Test
    void aPreprocessingOfOnesOwnHasAFullTextThatReadsBackEqual() {
        Preprocessing gray = Preprocessing.normalized("gray-net", new float[] {0.1307f}, new float[] {0.3081f});
        assertThat(gray.text()).isEqualTo("gray-net: rgb, scale 1, mean 0.1307, std 0.3081");
        assertThat(Preprocessing.parse(gray.text())).isEqualTo(gray);
        Preprocessing bgr = new Preprocessing("my.bgr_1", Preprocessing.ChannelOrder.BGR, 255f, List.of(1f, -0f, 2.5f), List.of(1f));
        assertThat(Preprocessing.parse(bgr.text())).isEqualTo(bgr);
        // a constant's name with other values is not the constant, and says so in its text
        Preprocessing notTorch = Preprocessing.normalized("torch", new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.5f, 0.5f, 0.5f});
        assertThat(notTorch).isNotEqualTo(Preprocessing.TORCH);
        assertThat(notTorch.text()).startsWith("torch: rgb");
        assertThat(Preprocessing.parse(notTorch.text())).isEqualTo(notTorch);
    }

    @Test
    void channelsFollowFromOrderAndPerChannelValues() {
        assertThat(Preprocessing.NONE.channels()).isZero();
        assertThat(Preprocessing.CENTRED.fits(1)).isTrue();
        assertThat(Preprocessing.CAFFE.channels()).isEqualTo(3);
        assertThat(Preprocessing.TORCH.fits(1)).isFalse();
        assertThatThrownBy(() -> Preprocessing.CAFFE.requireChannels(1))
                .hasMessage("caffe preprocessing needs 3 (RGB) channels, the input has 1");
        assertThat(Preprocessing.NONE.isIdentity()).isTrue();
        assertThat(Preprocessing.CENTRED.isIdentity()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"keras", "x: rgb, scale 1, mean 0", "x: rgb, scale 0, mean 0, std 1", "x: grb, scale 1, mean 0, std 1",
        "x: rgb, scale 1, mean 0/0, std 1/1/1", "x: rgb, scale 1, mean 0, std 0", "x: rgb, size 1, mean 0, std 1", "a b: rgb, scale 1, mean 0, std 1"})
    void aTextThatIsNoPreprocessingIsRefusedWithItself(String text) {
        assertThatThrownBy(() -> Preprocessing.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
    }

    @Test
    void aDescriptionRefusesAPreprocessingItsInputCannotTake() {
        assertThatThrownBy(() -> ModelDescription.builder("gray").input(1, 8).preprocessing(Preprocessing.TORCH)
                .layer(LayerStack.input(8).conv(3, 1, 1).layer("conv", 2)).weights("fixed", "0".repeat(64)).build())
                .hasMessage("gray: torch preprocessing needs 3 (RGB) channels, the input has 1");
    }
}
