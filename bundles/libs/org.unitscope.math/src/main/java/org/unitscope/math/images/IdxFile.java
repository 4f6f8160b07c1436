package org.unitscope.math.images;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * An IDX file (the MNIST / Fashion-MNIST container), gzipped or not: magic 0x0000 TT DD (TT = 0x08 unsigned
 * bytes, DD = number of dimensions), big-endian int32 sizes, then the data. Only unsigned-byte data is
 * accepted (the format of every MNIST-style set); images are n x rows x cols, labels n.
 *
 * @param dims sizes of each dimension
 * @param data the values, row-major
 */
public record IdxFile(int[] dims, byte[] data) {
    private static final long MAX_BYTES = 1L << 31;

    public static IdxFile read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            DataInputStream data = new DataInputStream(in);
            int magic = data.readInt();
            if ((magic >>> 16) != 0 || ((magic >> 8) & 0xff) != 0x08) {
                throw new IOException(file + ": not an unsigned-byte IDX file (magic 0x" + Integer.toHexString(magic) + ")");
            }
            int rank = magic & 0xff;
            if (rank < 1 || rank > 4) {
                throw new IOException(file + ": IDX rank " + rank + " not supported");
            }
            int[] dims = new int[rank];
            long total = 1;
            for (int i = 0; i < rank; i++) {
                dims[i] = data.readInt();
                if (dims[i] < 0) {
                    throw new IOException(file + ": negative IDX dimension");
                }
                total *= dims[i];
            }
            if (total > MAX_BYTES) {
                throw new IOException(file + ": IDX data of " + total + " bytes is too large");
            }
            byte[] values = new byte[(int) total];
            try {
                data.readFully(values);
            } catch (EOFException e) {
                throw new IOException(file + ": truncated IDX file (expected " + total + " data bytes)", e);
            }
            return new IdxFile(dims, values);
        }
    }

    public int count() {
        return dims[0];
    }

    /** Unsigned value at flat index i. */
    public int value(int i) {
        return data[i] & 0xff;
    }

    /** Image {@code i} (rank-3 file) as luminance in [0, 1], zero-padded to {@code side} x {@code side}, centred. */
    public void image(int i, int side, float[] dst, int offset) {
        if (dims.length != 3) {
            throw new IllegalStateException("not an image file (rank " + dims.length + ")");
        }
        int rows = dims[1];
        int cols = dims[2];
        if (rows > side || cols > side) {
            throw new IllegalArgumentException("images are " + rows + "x" + cols + ", larger than " + side);
        }
        int top = (side - rows) / 2;
        int left = (side - cols) / 2;
        java.util.Arrays.fill(dst, offset, offset + side * side, 0f);
        int base = i * rows * cols;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                dst[offset + (top + r) * side + left + c] = (data[base + r * cols + c] & 0xff) / 255f;
            }
        }
    }
}
