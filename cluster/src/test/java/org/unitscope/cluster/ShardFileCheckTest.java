package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's check of a shard file before --resume keeps it, on files laid out as the rf stage's ShardFile documents:
 * header (magic, key, block range), block sections, end mark (END, count), each section followed by its CRC-32.
 */
class ShardFileCheckTest {
    @TempDir
    Path dir;

    private static byte[] shardFile(String key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        CRC32 crc = new CRC32();
        ByteArrayOutputStream section = new ByteArrayOutputStream();
        DataOutputStream s = new DataOutputStream(section);
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        s.writeLong(0x5553524653484431L);
        s.writeInt(k.length);
        s.write(k);
        s.writeInt(4);
        s.writeInt(8);
        for (byte[] part : new byte[][] {section.toByteArray(), {0, 0, 0, 1, 1, 2, 3, 4, 5}, endSection()}) {
            out.write(part);
            crc.reset();
            crc.update(part);
            out.writeLong(crc.getValue());
        }
        return bytes.toByteArray();
    }

    private static byte[] endSection() throws IOException {
        ByteArrayOutputStream section = new ByteArrayOutputStream();
        DataOutputStream s = new DataOutputStream(section);
        s.writeLong(0x5553524645454E44L);
        s.writeInt(1);
        return section.toByteArray();
    }

    @Test
    void anIntactFileIsKeptWithItsKey() throws IOException {
        Path f = Files.write(dir.resolve("part-00001.rfpart"), shardFile("model synthetic-v1; seed 3"));
        ShardFileCheck c = ShardFileCheck.of(f);
        assertThat(c.intact()).isTrue();
        assertThat(c.key()).isEqualTo("model synthetic-v1; seed 3");
    }

    @Test
    void aTruncatedFileADamagedHeaderAndAMissingFileAreNotKept() throws IOException {
        byte[] good = shardFile("model synthetic-v1; seed 3");
        Path truncated = Files.write(dir.resolve("truncated.rfpart"), Arrays.copyOf(good, good.length - 1));
        byte[] damaged = good.clone();
        damaged[14] ^= 1;
        Path header = Files.write(dir.resolve("header.rfpart"), damaged);

        assertThat(ShardFileCheck.of(truncated).problem()).isEqualTo("truncated or damaged: no intact end mark");
        assertThat(ShardFileCheck.of(header).problem()).startsWith("not a shard file, or its header is damaged");
        assertThat(ShardFileCheck.of(dir.resolve("none.rfpart")).problem()).isEqualTo("missing");
    }
}
