package org.unitscope.math.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One array in NumPy's .npy format (version 1.0, little-endian, C order): float32 or float64, any shape.
 * The format is a magic string, a padded Python-dict header and the raw data; numpy.load reads it.
 */
public final class NpyArray {
    private final String descr;
    private final int[] shape;
    private final float[] f32;
    private final double[] f64;
    private final FloatSource source;

    /** Float32 values read in ranges from a flat index: an array too large for the heap is streamed, never materialised. */
    @FunctionalInterface
    public interface FloatSource {
        void read(long index, float[] dst, int offset, int length);
    }

    private NpyArray(String descr, int[] shape, float[] f32, double[] f64) {
        this(descr, shape, f32, f64, null, f32 != null ? f32.length : f64.length);
    }

    private NpyArray(String descr, int[] shape, float[] f32, double[] f64, FloatSource source, long len) {
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n *= s;
        }
        if (n > len) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, have " + len);
        }
        this.descr = descr;
        this.shape = shape.clone();
        this.f32 = f32;
        this.f64 = f64;
        this.source = source;
    }

    /** float32 array streamed from {@code source} (which holds at least the shape's count of values) as it is written. */
    public static NpyArray streamed(FloatSource source, int... shape) {
        long n = 1;
        for (int s : shape) {
            n *= Math.max(s, 0);
        }
        return new NpyArray("<f4", shape, null, null, source, n);
    }

    /** float32 array; {@code data} may be longer than the shape needs (only the first values are written). */
    public static NpyArray of(float[] data, int... shape) {
        return new NpyArray("<f4", shape, data, null);
    }

    public static NpyArray of(double[] data, int... shape) {
        return new NpyArray("<f8", shape, null, data);
    }

    /** A matrix from rows of equal length. */
    public static NpyArray of(double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] flat = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, row 0 has " + cols);
            }
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return of(flat, rows.length, cols);
    }

    public long count() {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    public void writeTo(OutputStream out) throws IOException {
        StringBuilder shapeText = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            shapeText.append(shape[i]).append(shape.length == 1 ? "," : i < shape.length - 1 ? ", " : "");
        }
        shapeText.append(')');
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
        int unpadded = 10 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        int hlen = header.length();
        out.write(hlen & 0xff);
        out.write((hlen >> 8) & 0xff);
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        if (source != null) {
            writeStreamed(out);
            return;
        }
        int n = (int) count();
        int width = f32 != null ? 4 : 8;
        ByteBuffer buf = ByteBuffer.allocate(8192 * width).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            if (f32 != null) {
                buf.putFloat(f32[i]);
            } else {
                buf.putDouble(f64[i]);
            }
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
        }
        out.write(buf.array(), 0, buf.position());
    }

    /** The same bytes as an array's, read 8192 values at a time (long indices: a table may exceed 2^31 values). */
    private void writeStreamed(OutputStream out) throws IOException {
        float[] block = new float[8192];
        ByteBuffer buf = ByteBuffer.allocate(block.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        long n = count();
        for (long i = 0; i < n; i += block.length) {
            int len = (int) Math.min(block.length, n - i);
            source.read(i, block, 0, len);
            buf.clear();
            buf.asFloatBuffer().put(block, 0, len);
            out.write(buf.array(), 0, len * Float.BYTES);
        }
    }
}
