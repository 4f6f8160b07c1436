package org.unitscope.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * What the driver checks of a shard file ({@code *.rfpart}, the rf stage's ShardFile layout) before a resumed run
 * keeps it: the header (magic number, the key of the work, the block range) and the end mark, each against its
 * CRC-32. The block sections between them are the accumulators' own format: the fold checks their CRCs as it reads
 * them, and refuses a damaged one by name.
 *
 * @param key the key of the work the file holds sums of (null when the file is not intact)
 * @param problem why the file cannot be kept, or null when it can
 */
record ShardFileCheck(String key, String problem) {
    static final long MAGIC = 0x5553524653484431L; // "USRFSHD1"
    static final long END = 0x5553524645454E44L;
    private static final int END_BYTES = 8 + 4 + 8;

    boolean intact() {
        return problem == null;
    }

    static ShardFileCheck of(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ShardFileCheck(null, "missing");
        }
        try {
            String key = header(file);
            if (key == null) {
                return new ShardFileCheck(null, "not a shard file, or its header is damaged (magic number or checksum)");
            }
            return endMark(file) ? new ShardFileCheck(key, null)
                    : new ShardFileCheck(null, "truncated or damaged: no intact end mark");
        } catch (IOException e) {
            return new ShardFileCheck(null, "unreadable: " + e.getMessage());
        }
    }

    /** The key, when the header is intact. */
    private static String header(Path file) throws IOException {
        try (CheckedInputStream checked = new CheckedInputStream(Files.newInputStream(file), new CRC32());
                DataInputStream in = new DataInputStream(checked)) {
            if (Files.size(file) < 8 + 4 + 4 + 4 + 8 + END_BYTES || in.readLong() != MAGIC) {
                return null;
            }
            int length = in.readInt();
            if (length < 0 || length > (1 << 24)) {
                return null;
            }
            byte[] k = new byte[length];
            in.readFully(k);
            in.readInt();
            in.readInt();
            long expected = checked.getChecksum().getValue();
            return in.readLong() == expected ? new String(k, StandardCharsets.UTF_8) : null;
        }
    }

    /** The last section: END, the count of block sections, the CRC-32 of those 12 bytes. */
    private static boolean endMark(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(f.length() - END_BYTES);
            byte[] section = new byte[12];
            f.readFully(section);
            long stored = f.readLong();
            CRC32 crc = new CRC32();
            crc.update(section);
            return java.nio.ByteBuffer.wrap(section).getLong() == END && stored == crc.getValue();
        }
    }
}
