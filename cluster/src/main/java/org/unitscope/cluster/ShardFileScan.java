package org.unitscope.cluster;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * A shard file ({@code *.rfpart}) read once from its first byte to its last, every section against the CRC-32 that
 * ends it, as the rf stage's ShardFile lays it out (big-endian): the header (magic, key as UTF-8, first and end
 * block); per pass, per block of the shard, a block section (pass, block, item count and their CRC, then each item's
 * sums, see {@link WrittenSums}, then the CRC of the sums); the end section (END, the count of block sections).
 */
final class ShardFileScan implements Closeable {
    /** Why the file cannot be kept, in words for "FILE is ...". */
    static final class Damage extends Exception {
        private static final long serialVersionUID = 1L;

        Damage(String why) {
            super(why, null, false, false);
        }
    }

    private final CheckedInputStream checked;
    private final DataInputStream in;
    private final byte[] buffer = WrittenSums.buffer();
    private int fromBlock;
    private int toBlock;

    ShardFileScan(Path file) throws IOException {
        this.checked = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32());
        this.in = new DataInputStream(checked);
    }

    /** The key of the work, or null when the header is not a shard file's or does not match its checksum. */
    String header() throws IOException {
        try {
            if (in.readLong() != ShardFileCheck.MAGIC) {
                return null;
            }
            int length = in.readInt();
            if (length < 0 || length > (1 << 24)) {
                return null;
            }
            byte[] k = new byte[length];
            in.readFully(k);
            fromBlock = in.readInt();
            toBlock = in.readInt();
            return sectionIntact() && fromBlock <= toBlock ? new String(k, StandardCharsets.UTF_8) : null;
        } catch (EOFException e) {
            return null; // a damaged key length reads past the end
        }
    }

    /** The {@code count} block sections the end mark announced, in the order the shard wrote them, then the end mark. */
    void sections(int count) throws IOException, Damage {
        int blocks = toBlock - fromBlock;
        if (blocks == 0 ? count != 0 : count % blocks != 0) {
            throw new Damage(String.format(Locale.ROOT, "damaged: its end mark counts %d block sections, not a whole number of passes"
                    + " over its %d block(s)", count, blocks));
        }
        for (int i = 0; i < count; i++) {
            section(i, count, i / blocks, fromBlock + i % blocks);
        }
        end(count);
    }

    private void section(int index, int count, int pass, int block) throws IOException, Damage {
        String where = String.format(Locale.ROOT, "block %d of pass %d (block section %d of %d)", block, pass, index + 1, count);
        try {
            int p = in.readInt();
            int b = in.readInt();
            int items = in.readInt();
            if (!sectionIntact()) {
                throw new Damage("damaged: the header of " + where + " does not match its checksum");
            }
            if (p != pass || b != block || items < 0) {
                throw new Damage(String.format(Locale.ROOT, "damaged: %s holds block %d of pass %d with %d item(s)", where, b, p, items));
            }
            for (int item = 0; item < items; item++) {
                WrittenSums.skip(in, buffer);
            }
        } catch (EOFException e) {
            throw new Damage("truncated: it ends inside " + where);
        } catch (IOException e) {
            throw new Damage("damaged: the sums of " + where + " cannot be read: " + e.getMessage());
        }
        if (!sectionIntact()) {
            throw new Damage("damaged: the checksum of " + where + " does not match");
        }
    }

    private void end(int count) throws IOException, Damage {
        try {
            if (in.readLong() == ShardFileCheck.END && in.readInt() == count && sectionIntact() && in.read() == -1) {
                return;
            }
        } catch (EOFException e) {
            // the sections ran into the end mark: as damaged as a wrong one
        }
        throw new Damage("damaged: its end mark does not follow its last block section");
    }

    /** The CRC-32 stored after a section against the one computed over its bytes; the next section starts afresh. */
    private boolean sectionIntact() throws IOException {
        long computed = checked.getChecksum().getValue();
        long stored = in.readLong();
        checked.getChecksum().reset();
        return stored == computed;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
