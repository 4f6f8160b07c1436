package org.unitscope.math.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {
    @TempDir
    Path tmp;

    /** Two 2x3 images with values 0..11, written as IDX by hand. */
    private static byte[] images() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x00000803);
        d.writeInt(2);
        d.writeInt(2);
        d.writeInt(3);
        for (int i = 0; i < 12; i++) {
            d.writeByte(i == 11 ? 255 : i);
        }
        return b.toByteArray();
    }

    @Test
    void readsPlainAndGzipped() throws IOException {
        Path plain = Files.write(tmp.resolve("x-idx3-ubyte"), images());
        Path gz = tmp.resolve("x-idx3-ubyte.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(images());
        }
        for (Path p : new Path[] {plain, gz}) {
            IdxFile f = IdxFile.read(p);
            assertThat(f.dims()).containsExactly(2, 2, 3);
            assertThat(f.count()).isEqualTo(2);
            assertThat(f.value(11)).isEqualTo(255);
            float[] img = new float[16];
            f.image(1, 4, img, 0);
            // image 1 holds 6..11 in a 2x3 block, centred in 4x4: top 1, left 0
            assertThat(img[4]).isEqualTo(6 / 255f);
            assertThat(img[2 * 4 + 2]).isEqualTo(1f);
            assertThat(img[0]).isZero();
            assertThat(img[15]).isZero();
        }
    }

    @Test
    void rejectsTruncatedAndForeignFiles() throws IOException {
        byte[] all = images();
        Path cut = Files.write(tmp.resolve("cut"), java.util.Arrays.copyOf(all, all.length - 3));
        assertThatThrownBy(() -> IdxFile.read(cut)).hasMessageContaining("truncated");
        Path foreign = Files.write(tmp.resolve("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        assertThatThrownBy(() -> IdxFile.read(foreign)).hasMessageContaining("not an unsigned-byte IDX file");
    }
}
