package org.unitscope.stage.rf.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.rf.RfAccumulator;
import org.unitscope.api.rf.ShardableAccumulator;

/**
 * One shard's file of block sums, read back in order by the fold. Layout (big-endian): a header section (magic, the
 * key of the work as UTF-8, first and end block); per pass, per block of the shard, a section (pass, block, item
 * count, the checksum of these, each item's {@link ShardableAccumulator#write sums}); an end section (END, section count). Every section
 * ends with the CRC-32 of its bytes, checked as it is read.
 */
final class ShardFile implements Closeable {
    static final long MAGIC = 0x5553524653484431L; // "USRFSHD1"
    static final long END = 0x5553524645454E44L;
    static final String SUFFIX = ".rfpart";

    private final Path path;
    private final CheckedInputStream checked;
    private final DataInputStream in;
    private final String key;
    private final int fromBlock;
    private final int toBlock;
    private int sections;

    private ShardFile(Path path) throws IOException {
        this.path = path;
        this.checked = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16), new CRC32());
        this.in = new DataInputStream(checked);
        try {
            if (in.readLong() != MAGIC) {
                throw new UnitscopeException(path + " is not a unitscope shard file of block sums (wrong magic number)");
            }
            int length = in.readInt();
            if (length < 0 || length > (1 << 24)) {
                throw new UnitscopeException(path + " is damaged: a key of " + length + " bytes");
            }
            byte[] k = new byte[length];
            in.readFully(k);
            this.key = new String(k, StandardCharsets.UTF_8);
            this.fromBlock = in.readInt();
            this.toBlock = in.readInt();
            checkSection("header");
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    static ShardFile open(Path path) throws IOException {
        return new ShardFile(path);
    }

    String key() {
        return key;
    }

    int fromBlock() {
        return fromBlock;
    }

    int toBlock() {
        return toBlock;
    }

    Path path() {
        return path;
    }

    /** Reads the next section, which must be block {@code block} of pass {@code pass}, into the totals (mergeFrom). */
    void foldNext(int pass, int block, List<RfAccumulator> totals) throws IOException {
        int p = in.readInt();
        int b = in.readInt();
        int items = in.readInt();
        checkSection("header of a block section");
        if (p != pass || b != block || items != totals.size()) {
            throw new UnitscopeException(String.format(java.util.Locale.ROOT, "%s: expected block %d of pass %d with %d item(s),"
                    + " found block %d of pass %d with %d", path, block, pass, totals.size(), b, p, items));
        }
        try {
            for (RfAccumulator t : totals) {
                shardable(t).mergeFrom(in);
            }
        } catch (java.io.EOFException e) {
            throw e;
        } catch (IOException e) {
            throw new UnitscopeException(path + ": block " + block + " of pass " + pass + " cannot be read: " + e.getMessage(), e);
        }
        checkSection("block " + block + " of pass " + pass);
        sections++;
    }

    /** After the last pass: the end section must follow, counting every block section read. */
    void checkEnd() throws IOException {
        long mark = in.readLong();
        int count = in.readInt();
        if (mark != END || count != sections) {
            throw new UnitscopeException(path + " holds more than the fold read (" + sections + " block sections): "
                    + "written for another plan of passes");
        }
        checkSection("end");
    }

    private void checkSection(String what) throws IOException {
        long expected = checked.getChecksum().getValue();
        long stored = in.readLong();
        if (stored != expected) {
            throw new UnitscopeException(path + " is damaged: the checksum of its " + what + " does not match");
        }
        checked.getChecksum().reset();
    }

    static ShardableAccumulator shardable(RfAccumulator a) {
        if (a instanceof ShardableAccumulator s) {
            return s;
        }
        throw new UnitscopeException("the accumulator " + a.getClass().getName() + " cannot be sharded: its estimator does not "
                + "implement org.unitscope.api.rf.ShardableAccumulator");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
