package org.unitscope.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * One item of a shard file's block section read past without being added anywhere: the layout
 * {@code org.unitscope.math.rf.ActivationWeightedSums#write} gives it (every estimator of unitscope that can be sharded,
 * AWA and AWC, writes its sums this way): units, d, covariance flag, count, then the sum arrays in merge order, each
 * as its length and its doubles. The lengths follow from units and d, so damage to a length is caught here, before it
 * could send the reader astray; damage to the doubles is the section's CRC's to catch.
 */
final class WrittenSums {
    private static final int CHUNK = 1 << 16;

    private WrittenSums() {
    }

    /** Reads one item through {@code in} (whose CRC sees every byte); a layout that cannot be this one throws. */
    static void skip(DataInputStream in, byte[] buffer) throws IOException {
        int units = in.readInt();
        int dim = in.readInt();
        byte covariance = in.readByte();
        in.readLong(); // the count of stimuli summed
        if (units < 1 || dim < 1 || (covariance != 0 && covariance != 1)) {
            throw new IOException(String.format(Locale.ROOT, "an item of %d units, d = %d, covariance flag %d", units, dim, covariance));
        }
        long d = dim;
        long[] lengths = {d, d * d, units, units * d, units, units * d, units * d};
        for (long length : lengths) {
            array(in, length, buffer);
        }
        for (int u = 0; covariance == 1 && u < units; u++) {
            array(in, d * d, buffer);
        }
    }

    /** Bytes of the item's buffer {@link #skip} reads through. */
    static byte[] buffer() {
        return new byte[CHUNK];
    }

    private static void array(DataInputStream in, long expected, byte[] buffer) throws IOException {
        int length = in.readInt();
        if (length != expected) {
            throw new IOException("a sum of " + length + " values where its shape gives " + expected);
        }
        long bytes = 8L * length;
        while (bytes > 0) {
            int n = (int) Math.min(buffer.length, bytes);
            in.readFully(buffer, 0, n);
            bytes -= n;
        }
    }
}
