package org.unitscope.engine.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.unitscope.api.stage.ResponseStore;

/**
 * A layer's responses in a file of little-endian float32 (rows x units, row-major), memory-mapped in segments so that
 * a layer may exceed the 2 GB of one {@code MappedByteBuffer} and the 2^31 values of an array: the operating system
 * pages it, the heap holds none of it. The file starts sparse (rows not yet probed take no disk) and is deleted on
 * {@link #close()}; its pages go back to the system when the collector drops the mappings.
 */
public final class MappedResponses implements ResponseStore, AutoCloseable {
    /** 1 GiB per mapping: well under the 2 GB a buffer can address, few enough mappings for any layer. */
    public static final long SEGMENT_BYTES = 1L << 30;

    private final Path file;
    private final int rows;
    private final int units;
    private final long segmentFloats;
    private volatile FloatBuffer[] segments;

    private MappedResponses(Path file, int rows, int units, long segmentFloats, FloatBuffer[] segments) {
        this.file = file;
        this.rows = rows;
        this.units = units;
        this.segmentFloats = segmentFloats;
        this.segments = segments;
    }

    /** A new zero-filled store of rows x units in {@code file} (replaced if it exists), in segments of 1 GiB. */
    public static MappedResponses create(Path file, int rows, int units) throws IOException {
        return create(file, rows, units, SEGMENT_BYTES);
    }

    /** As {@link #create(Path, int, int)} with segments of {@code segmentBytes} (a multiple of 4; tests use small ones). */
    static MappedResponses create(Path file, int rows, int units, long segmentBytes) throws IOException {
        if (rows < 0 || units < 1 || segmentBytes < Float.BYTES || segmentBytes % Float.BYTES != 0 || segmentBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(file + ": " + rows + " x " + units + " in segments of " + segmentBytes + " bytes");
        }
        long bytes = Math.multiplyExact(Math.multiplyExact((long) rows, units), Float.BYTES);
        int count = (int) ((bytes + segmentBytes - 1) / segmentBytes);
        FloatBuffer[] segments = new FloatBuffer[count];
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            for (int s = 0; s < count; s++) {
                long at = s * segmentBytes;
                // mapping past the end grows the file without writing it: a sparse file
                segments[s] = ch.map(FileChannel.MapMode.READ_WRITE, at, Math.min(segmentBytes, bytes - at))
                        .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw new IOException("cannot map " + file + " for " + rows + " x " + units + " responses (" + bytes + " bytes): " + e.getMessage(), e);
        }
        return new MappedResponses(file, rows, units, segmentBytes / Float.BYTES, segments);
    }

    public Path file() {
        return file;
    }

    @Override
    public int units() {
        return units;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public boolean onHeap() {
        return false;
    }

    @Override
    public void read(long index, float[] dst, int offset, int length) {
        copy(index, dst, offset, length, false);
    }

    /** Stores {@code length} values of {@code src} from {@code offset} at flat index {@code index}. */
    public void write(long index, float[] src, int offset, int length) {
        copy(index, src, offset, length, true);
    }

    /** Rows {@code first .. first + count - 1} from {@code batch} (count x units values, row-major). */
    public void writeRows(int first, int count, float[] batch) {
        write((long) first * units, batch, 0, Math.multiplyExact(count, units));
    }

    private void copy(long index, float[] array, int offset, int length, boolean write) {
        FloatBuffer[] s = open();
        if (index < 0 || length < 0 || index + length > (long) rows * units) {
            throw new IndexOutOfBoundsException(file + ": values " + index + " .. " + (index + length - 1) + " of " + (long) rows * units);
        }
        try {
            while (length > 0) {
                int segment = (int) (index / segmentFloats);
                int at = (int) (index % segmentFloats);
                int n = (int) Math.min(length, segmentFloats - at);
                if (write) {
                    s[segment].put(at, array, offset, n);
                } else {
                    s[segment].get(at, array, offset, n);
                }
                index += n;
                offset += n;
                length -= n;
            }
        } catch (InternalError e) {
            // a page of a mapped file that cannot be backed (the disk filled up under it) faults as an InternalError
            throw new UncheckedIOException(new IOException(file + ": the memory-mapped responses could not be "
                    + (write ? "written" : "read") + " (is the disk full?): " + e.getMessage(), e));
        }
    }

    private FloatBuffer[] open() {
        FloatBuffer[] s = segments;
        if (s == null) {
            throw new IllegalStateException(file + ": the memory-mapped responses are closed");
        }
        return s;
    }

    /** Drops the mappings and deletes the file (and its folder when that is left empty). */
    @Override
    public void close() throws IOException {
        segments = null;
        Files.deleteIfExists(file);
        Path dir = file.toAbsolutePath().getParent();
        try (var left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // another layer's file is still there: the last one removes the folder
        }
    }
}
