package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.math.rf.ActivationWeightedSums;

/**
 * The driver's check of a shard file before --resume keeps it, on files laid out as the rf stage's ShardFile documents
 * (header, per pass and block a block section, end mark, each section followed by its CRC-32), whose block sections hold
 * sums written by the real {@link ActivationWeightedSums#write}. A real shard file of a real sharded run is checked in
 * {@link RfResumeOnLocalSparkTest}.
 */
class ShardFileCheckTest {
    private static final String KEY = "model synthetic-v1; seed 3";
    @TempDir
    Path dir;

    /** Blocks 4 and 5, two passes; each block section: an item of AWA's shape (no covariance) and one of AWC's (with). */
    private static byte[] shardFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        byte[] k = KEY.getBytes(StandardCharsets.UTF_8);
        section(out, h -> {
            h.writeLong(0x5553524653484431L);
            h.writeInt(k.length);
            h.write(k);
            h.writeInt(4);
            h.writeInt(6);
        });
        for (int pass = 0; pass < 2; pass++) {
            for (int block = 4; block < 6; block++) {
                int p = pass;
                int b = block;
                section(out, h -> {
                    h.writeInt(p);
                    h.writeInt(b);
                    h.writeInt(2);
                });
                section(out, sums -> {
                    sums(2, 3, false, b).write(sums);
                    sums(1, 2, true, b + 10).write(sums);
                });
            }
        }
        section(out, end -> {
            end.writeLong(0x5553524645454E44L);
            end.writeInt(4);
        });
        return bytes.toByteArray();
    }

    /** What a section holds. */
    private interface Body {
        void write(DataOutputStream section) throws IOException;
    }

    /** A section's bytes, then the CRC-32 of them as a long: ShardFileWriter's endSection. */
    private static void section(DataOutputStream out, Body body) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        body.write(new DataOutputStream(b));
        CRC32 crc = new CRC32();
        crc.update(b.toByteArray());
        out.write(b.toByteArray());
        out.writeLong(crc.getValue());
    }

    private static ActivationWeightedSums sums(int units, int dim, boolean covariance, long seed) {
        ActivationWeightedSums s = new ActivationWeightedSums(units, dim, covariance);
        Random r = new Random(seed);
        float[] stimuli = new float[4 * dim];
        float[] activations = new float[4 * units];
        for (int i = 0; i < stimuli.length; i++) {
            stimuli[i] = (float) r.nextGaussian();
        }
        for (int i = 0; i < activations.length; i++) {
            activations[i] = r.nextFloat();
        }
        s.add(stimuli, activations, 4);
        return s;
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void anIntactFileIsKeptWithItsKey() throws IOException {
        ShardFileCheck c = ShardFileCheck.of(write("part-00001.rfpart", shardFile()));
        assertThat(c.problem()).isNull();
        assertThat(c.key()).isEqualTo(KEY);
    }

    @Test
    void aTruncatedFileADamagedHeaderAndAMissingFileAreNotKept() throws IOException {
        byte[] good = shardFile();
        byte[] damaged = good.clone();
        damaged[14] ^= 1;

        assertThat(ShardFileCheck.of(write("truncated.rfpart", Arrays.copyOf(good, good.length - 1))).problem())
                .isEqualTo("truncated or damaged: no intact end mark");
        assertThat(ShardFileCheck.of(write("header.rfpart", damaged)).problem()).startsWith("not a shard file, or its header is damaged");
        assertThat(ShardFileCheck.of(dir.resolve("none.rfpart")).problem()).isEqualTo("missing");
    }

    @Test
    void aFlippedBitInTheSumsOfABlockSectionIsNamedWithItsBlockAndPass() throws IOException {
        byte[] damaged = shardFile();
        int third = indexOfSection(damaged, 2);
        damaged[third + 20 + 60] ^= 0x10; // inside the second sum array of the third section's first item

        assertThat(ShardFileCheck.of(write("sums.rfpart", damaged)).problem())
                .isEqualTo("damaged: the checksum of block 4 of pass 1 (block section 3 of 4) does not match");
    }

    @Test
    void aFlippedBitInALengthOfTheSumsIsCaughtBeforeItSendsTheReaderAstray() throws IOException {
        byte[] damaged = shardFile();
        int first = indexOfSection(damaged, 0);
        damaged[first + 20 + 4 + 4 + 1 + 8 + 2] ^= 0x01; // the length of the first sum array of the first item

        assertThat(ShardFileCheck.of(write("length.rfpart", damaged)).problem()).startsWith(
                "damaged: the sums of block 4 of pass 0 (block section 1 of 4) cannot be read: a sum of 259 values where its shape gives 3");
    }

    @Test
    void everyBitFlippedAnywhereInTheFileKeepsItFromBeingKept() throws IOException {
        byte[] good = shardFile();
        Path f = write("flipped.rfpart", good);
        List<Integer> kept = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(f.toFile(), "rw")) {
            for (int i = 0; i < good.length; i++) {
                file.seek(i);
                file.write(good[i] ^ (1 << (i % 8))); // each bit position in turn
                if (ShardFileCheck.of(f).intact()) {
                    kept.add(i);
                }
                file.seek(i);
                file.write(good[i]);
            }
        }
        assertThat(kept).as("byte positions (of %d) whose flipped bit went unnoticed", good.length).isEmpty();
        assertThat(ShardFileCheck.of(f).intact()).as("the file restored").isTrue();
    }

    /** Where block section {@code n} starts: found by reading the layout's own fields (header, then the section sizes). */
    private static int indexOfSection(byte[] file, int n) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(file);
        int at = 8 + 4 + b.getInt(8) + 4 + 4 + 8;
        for (int s = 0; s < n; s++) {
            at += 20;
            for (int item = 0; item < 2; item++) {
                int units = b.getInt(at);
                boolean covariance = file[at + 8] == 1;
                at += 4 + 4 + 1 + 8;
                for (int a = 0; a < 7 + (covariance ? units : 0); a++) {
                    at += 4 + 8 * b.getInt(at);
                }
            }
            at += 8;
        }
        return at;
    }
}
