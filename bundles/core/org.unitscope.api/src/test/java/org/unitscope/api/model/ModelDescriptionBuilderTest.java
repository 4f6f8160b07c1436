package org.unitscope.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDescriptionBuilderTest {
    private static final LayerInfo CONV = new LayerInfo("conv", 8, 32, RfGeometry.input().then(3, 1, 1));

    @Test
    void aDescriptionIsFilledByNameWithDefaultsForWhatWasNotSaid() {
        ModelDescription d = ModelDescription.builder("tiny").input(1, 32).layer(CONV)
                .weights("fixed", ModelDescription.sha256(new float[] {1f, 2f})).provenance("trained", "no").build();
        assertThat(d.name()).isEqualTo("tiny");
        assertThat(d.inputChannels()).isEqualTo(1);
        assertThat(d.inputPreprocessing()).isEqualTo(Preprocessing.NONE);
        assertThat(d.layer("conv")).contains(CONV);
        assertThat(d.provenance()).containsEntry("trained", "no");
    }

    /** Code written against 2.1.0 (text preprocessing) still compiles and means the same. */
    @Test
    @SuppressWarnings("deprecation")
    void theTextFormsOf2Point1StillWork() {
        String hash = ModelDescription.sha256(new float[] {0f});
        ModelDescription d = ModelDescription.builder("rgb").input(3, 32).layer(CONV).preprocessing("torch").weights("fixed", hash).build();
        assertThat(d.inputPreprocessing()).isSameAs(Preprocessing.TORCH);
        assertThat(d.preprocessing()).isEqualTo("torch");
        assertThat(new ModelDescription("m", "m", 3, 32, "caffe", java.util.List.of(CONV), "fixed", hash, java.util.Map.of()))
                .isEqualTo(new ModelDescription("m", "m", 3, 32, Preprocessing.CAFFE, java.util.List.of(CONV), "fixed", hash,
                        java.util.Map.of()));
    }

    @Test
    void digestsAreTheKnownSha256OfTheBytes(@TempDir Path dir) throws Exception {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        Path file = Files.writeString(dir.resolve("w.bin"), "abc");
        assertThat(ModelDescription.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // 1.0f is 3f800000 big-endian: the digest of those four bytes, not of their text
        assertThat(ModelDescription.sha256(new float[] {1f})).isEqualTo(ModelDescription.sha256(
                Files.write(dir.resolve("one.bin"), new byte[] {0x3f, (byte) 0x80, 0, 0})));
        assertThat(ModelDescription.sha256(new float[] {1f}, new float[] {2f})).isEqualTo(ModelDescription.sha256(new float[] {1f, 2f}));
    }

    @Test
    void whatARunReliesOnIsCheckedWhenBuilt() {
        String hash = ModelDescription.sha256(new float[] {0f});
        assertThatThrownBy(() -> ModelDescription.builder("m").layer(CONV).weights("fixed", hash).build())
                .hasMessageContaining("input channels and size must be >= 1");
        assertThatThrownBy(() -> ModelDescription.builder("m").input(1, 8).weights("fixed", hash).build())
                .hasMessageContaining("at least one layer");
        assertThatThrownBy(() -> ModelDescription.builder("m").input(1, 8).layer(CONV).layer(CONV).weights("fixed", hash).build())
                .hasMessageContaining("distinct layer names");
        assertThatThrownBy(() -> ModelDescription.builder("m").input(1, 8).layer(CONV).weights("fixed", "abc").build())
                .hasMessageContaining("SHA-256");
    }
}
