package org.unitscope.math.rf.matrixfree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A {@link PatchSource} memory-mapped from a file of raw little-endian float32 values (rows x dim, row-major, no
 * header), for patch matrices larger than the heap: the operating system pages them in as the passes stream
 * through. The file is mapped in segments of whole rows below 1 GiB each. Thread-safe for reading.
 */
public final class MappedPatches implements PatchSource {
    private static final long SEGMENT_BYTES = 1L << 30;

    private final int rows;
    private final int dim;
    private final int rowsPerSegment;
    private final FloatBuffer[] segments;

    private MappedPatches(int rows, int dim, FloatBuffer[] segments, int rowsPerSegment) {
        this.rows = rows;
        this.dim = dim;
        this.segments = segments;
        this.rowsPerSegment = rowsPerSegment;
    }

    /**
     * Writes every row of {@code source} to {@code file} (through a temporary sibling renamed at the end, so a
     * reader never sees half a file) and maps it.
     */
    public static MappedPatches write(Path file, PatchSource source) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        int d = source.dim();
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            int step = Math.max(1, (1 << 20) / d);
            float[] rowsRead = new float[step * d];
            ByteBuffer bytes = ByteBuffer.allocate(rowsRead.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int from = 0; from < source.rows(); from += step) {
                int m = Math.min(step, source.rows() - from);
                source.read(from, m, rowsRead);
                bytes.clear();
                bytes.asFloatBuffer().put(rowsRead, 0, m * d);
                bytes.limit(m * d * 4);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return open(file, source.rows(), d);
    }

    /** Maps an existing file of rows x dim float32 values; its size must match. */
    public static MappedPatches open(Path file, int rows, int dim) throws IOException {
        if (rows < 0 || dim < 1) {
            throw new IllegalArgumentException("need rows >= 0 and dim >= 1: " + rows + ", " + dim);
        }
        long expected = 4L * rows * dim;
        long size = Files.size(file);
        if (size != expected) {
            throw new IllegalArgumentException(file + " has " + size + " bytes; " + rows + " x " + dim
                    + " float32 values need " + expected);
        }
        int perSegment = (int) Math.max(1, Math.min(rows, SEGMENT_BYTES / (4L * dim)));
        int count = rows == 0 ? 0 : (rows + perSegment - 1) / perSegment;
        FloatBuffer[] segments = new FloatBuffer[count];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int s = 0; s < count; s++) {
                long first = (long) s * perSegment;
                long length = 4L * dim * Math.min(perSegment, rows - first);
                segments[s] = channel.map(FileChannel.MapMode.READ_ONLY, 4L * dim * first, length)
                        .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new MappedPatches(rows, dim, segments, perSegment);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public void read(int from, int count, float[] out) {
        PatchSource.checkRange(this, from, count, out);
        int done = 0;
        while (done < count) {
            int row = from + done;
            int s = row / rowsPerSegment;
            int offset = row - s * rowsPerSegment;
            int take = Math.min(count - done, Math.min(rowsPerSegment, rows - s * rowsPerSegment) - offset);
            segments[s].duplicate().position(offset * dim).get(out, done * dim, take * dim);
            done += take;
        }
    }
}
