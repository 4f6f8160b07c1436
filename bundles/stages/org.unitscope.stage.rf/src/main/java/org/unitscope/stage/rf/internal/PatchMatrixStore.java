package org.unitscope.stage.rf.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.unitscope.api.rf.PatchMatrix;
import org.unitscope.math.rf.matrixfree.MappedPatches;

/**
 * A layer's patch matrix, filled row by row in stimulus order: held in a float array, or written to a temporary
 * file of raw little-endian float32 values and then memory-mapped. {@link #close} deletes the file.
 */
final class PatchMatrixStore implements PatchMatrix, AutoCloseable {
    private final int rows;
    private final int dim;
    private final float[] memory;
    private final Path file;
    private FileChannel channel;
    private ByteBuffer buffer;
    private MappedPatches mapped;
    private int filled;

    private PatchMatrixStore(int rows, int dim, float[] memory, Path file) throws IOException {
        this.rows = rows;
        this.dim = dim;
        this.memory = memory;
        this.file = file;
        if (file != null) {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            buffer = ByteBuffer.allocate(Math.max(1, (1 << 20) / dim) * dim * 4).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    static PatchMatrixStore inMemory(int rows, int dim) throws IOException {
        return new PatchMatrixStore(rows, dim, new float[Math.multiplyExact(rows, dim)], null);
    }

    static PatchMatrixStore mapped(int rows, int dim) throws IOException {
        Path file = Files.createTempFile("unitscope-patches-", ".f32");
        file.toFile().deleteOnExit();
        return new PatchMatrixStore(rows, dim, null, file);
    }

    /** Appends one row from {@code source} at {@code offset}. */
    void append(float[] source, int offset) throws IOException {
        if (filled == rows) {
            throw new IllegalStateException("patch matrix already holds its " + rows + " rows");
        }
        if (memory != null) {
            System.arraycopy(source, offset, memory, filled * dim, dim);
        } else {
            if (buffer.remaining() < dim * 4) {
                flush();
            }
            for (int j = 0; j < dim; j++) {
                buffer.putFloat(source[offset + j]);
            }
        }
        filled++;
    }

    /** Ends filling; the matrix can be read from now on. */
    void seal() throws IOException {
        if (filled != rows) {
            throw new IllegalStateException("patch matrix has " + filled + " of its " + rows + " rows");
        }
        if (file != null && mapped == null) {
            flush();
            channel.close();
            mapped = MappedPatches.open(file, rows, dim);
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** The temporary file of a mapped matrix (null when held). */
    Path file() {
        return file;
    }

    @Override
    public int stimuli() {
        return rows;
    }

    @Override
    public int dimension() {
        return dim;
    }

    @Override
    public void read(int first, int count, float[] out) {
        if (memory != null) {
            if (first < 0 || count < 0 || first > rows - count) {
                throw new IndexOutOfBoundsException("rows [" + first + ", " + (first + count) + ") of " + rows);
            }
            System.arraycopy(memory, first * dim, out, 0, count * dim);
        } else {
            mapped.read(first, count, out);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null && channel.isOpen()) {
            channel.close();
        }
        mapped = null; // the mapping is released when collected; the file can be deleted now on Linux
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
