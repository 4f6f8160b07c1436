package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** libjpeg's warnings (jerror.h) and the JDK's own: which ones mean pixels are missing. */
class DecodeWarningsTest {

    @Test
    void truncationAndCorruptDataAreDamageExtraneousBytesAndProfilesAreNot() {
        assertThat(DecodeWarnings.damage(List.of("Premature end of JPEG file"))).isEqualTo("Premature end of JPEG file");
        assertThat(DecodeWarnings.damage(List.of("Truncated File - Missing EOI marker"))).isNotNull();
        assertThat(DecodeWarnings.damage(List.of("Corrupt JPEG data: bad Huffman code"))).isNotNull();
        assertThat(DecodeWarnings.damage(List.of("Corrupt JPEG data: premature end of data segment"))).isNotNull();
        assertThat(DecodeWarnings.damage(List.of("Corrupt JPEG data: 3 extraneous bytes before marker 0xd9"))).isNull();
        assertThat(DecodeWarnings.damage(List.of("Embedded color profile is invalid; ignored"))).isNull();
        assertThat(DecodeWarnings.damage(List.of("Embedded color profile is invalid; ignored", "Premature end of JPEG file")))
                .isEqualTo("Premature end of JPEG file");
        assertThat(DecodeWarnings.damage(List.of())).isNull();
    }
}
