package org.unitscope.math.rf;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Arrays of doubles as length + IEEE 754 bits (big-endian), written and read in chunks (a sum can be gigabytes). */
final class SumsCodec {
    private static final int CHUNK = 1 << 13;

    private SumsCodec() {
    }

    static void write(DataOutput out, double[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer b = ByteBuffer.allocate(CHUNK * Double.BYTES);
        for (int start = 0; start < values.length; start += CHUNK) {
            int n = Math.min(CHUNK, values.length - start);
            b.clear();
            b.asDoubleBuffer().put(values, start, n);
            out.write(b.array(), 0, n * Double.BYTES);
        }
    }

    /** Adds the written array element by element to {@code target} (same length, else an IOException). */
    static void addFrom(DataInput in, double[] target) throws IOException {
        int length = in.readInt();
        if (length != target.length) {
            throw new IOException("written sum of " + length + " values, expected " + target.length);
        }
        byte[] bytes = new byte[CHUNK * Double.BYTES];
        double[] chunk = new double[CHUNK];
        for (int start = 0; start < length; start += CHUNK) {
            int n = Math.min(CHUNK, length - start);
            in.readFully(bytes, 0, n * Double.BYTES);
            ByteBuffer.wrap(bytes, 0, n * Double.BYTES).asDoubleBuffer().get(chunk, 0, n);
            for (int k = 0; k < n; k++) {
                target[start + k] += chunk[k];
            }
        }
    }
}
