package org.unitscope.stimulus.images.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Formats are named from their signatures as the format specifications define them. */
class ContentSnifferTest {

    private static ContentSniffer.Content sniff(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return ContentSniffer.sniff(Arrays.copyOf(b, ContentSniffer.HEAD), b.length);
    }

    private static ContentSniffer.Content sniff(String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.ISO_8859_1);
        return ContentSniffer.sniff(Arrays.copyOf(b, ContentSniffer.HEAD), Math.min(b.length, ContentSniffer.HEAD));
    }

    @Test
    void decodableFormats() {
        assertThat(sniff(0xFF, 0xD8, 0xFF, 0xE0).type()).isEqualTo(ImageType.JPEG);
        assertThat(sniff(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A).type()).isEqualTo(ImageType.PNG);
        assertThat(sniff("GIF89a\u0001\u0000").type()).isEqualTo(ImageType.GIF);
        assertThat(sniff("GIF87a\u0001\u0000").type()).isEqualTo(ImageType.GIF);
        assertThat(sniff("BM\u0036\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0036\u0000\u0000\u0000").type()).isEqualTo(ImageType.BMP);
        assertThat(sniff('I', 'I', 42, 0, 8, 0, 0, 0).type()).isEqualTo(ImageType.TIFF);
        assertThat(sniff('M', 'M', 0, 42, 0, 0, 0, 8).type()).isEqualTo(ImageType.TIFF);
        assertThat(sniff("P6\n4 4\n255\n").type()).isEqualTo(ImageType.PNM);
        assertThat(sniff("P5 4 4 255 ").type()).isEqualTo(ImageType.PNM);
        assertThat(sniff("8BPS\u0000\u0001").type()).isEqualTo(ImageType.PSD);
        assertThat(sniff(0, 0, 1, 0, 1, 0, 16, 16).type()).isEqualTo(ImageType.ICO);
        assertThat(sniff(0x0A, 5, 1, 8).type()).isEqualTo(ImageType.PCX);
        assertThat(sniff("#?RADIANCE\n").type()).isEqualTo(ImageType.RGBE);
        assertThat(sniff("/* XPM */\nstatic").type()).isEqualTo(ImageType.XPM);
    }

    @Test
    void knownButUnsupportedFormatsAndNonImages() {
        assertThat(sniff("RIFF\u0010\u0000\u0000\u0000WEBPVP8 ").description()).isEqualTo("unsupported format WebP");
        assertThat(sniff("\u0000\u0000\u0000\u0018ftypheic").description()).isEqualTo("unsupported format HEIF");
        assertThat(sniff("\u0000\u0000\u0000\u001cftypavif").description()).isEqualTo("unsupported format AVIF");
        assertThat(sniff(0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A).description()).isEqualTo("unsupported format JPEG 2000");
        assertThat(sniff("hello, world\n").description()).isEqualTo("not an image (content is text)");
        assertThat(sniff(0x50, 0x4B, 3, 4, 20, 0).description()).isEqualTo("not an image (content starts with 50 4B 03 04)");
        assertThat(sniff("RIFF\u0010\u0000\u0000\u0000WAVEfmt ").type()).isNull();
        assertThat(sniff("P9 not pnm").type()).isNull();
    }
}
