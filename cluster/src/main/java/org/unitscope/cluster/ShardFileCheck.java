package org.unitscope.cluster;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * What the driver checks of a shard file ({@code *.rfpart}, the rf stage's ShardFile layout) before a resumed run
 * keeps it: every section against its CRC-32, as the fold will read it: the header (magic number, the key of the
 * work, the block range), each block section (its header, then its sums, read in the layout the estimators write:
 * {@link WrittenSums}) and the end mark, which must count exactly the block sections found. The file is read once,
 * from start to end ({@link ShardFileScan}); nothing is added up.
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
        try (ShardFileScan scan = new ShardFileScan(file)) {
            boolean room = Files.size(file) >= 8 + 4 + 4 + 4 + 8 + END_BYTES;
            int sections = room ? endMark(file) : -1;
            String key = room ? scan.header() : null;
            if (key == null) {
                return new ShardFileCheck(null, "not a shard file, or its header is damaged (magic number or checksum)");
            }
            if (sections < 0) {
                return new ShardFileCheck(null, "truncated or damaged: no intact end mark");
            }
            scan.sections(sections);
            return new ShardFileCheck(key, null);
        } catch (ShardFileScan.Damage e) {
            return new ShardFileCheck(null, e.getMessage());
        } catch (IOException e) {
            return new ShardFileCheck(null, "unreadable: " + e);
        }
    }

    /** The count of block sections the last section (END, the count, the CRC-32 of those 12 bytes) gives; -1 if not intact. */
    private static int endMark(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(f.length() - END_BYTES);
            byte[] section = new byte[12];
            f.readFully(section);
            long stored = f.readLong();
            CRC32 crc = new CRC32();
            crc.update(section);
            ByteBuffer b = ByteBuffer.wrap(section);
            return b.getLong() == END && stored == crc.getValue() && b.getInt() >= 0 ? b.getInt(8) : -1;
        }
    }
}
