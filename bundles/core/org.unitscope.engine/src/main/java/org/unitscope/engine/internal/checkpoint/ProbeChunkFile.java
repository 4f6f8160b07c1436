package org.unitscope.engine.internal.checkpoint;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.unitscope.api.stage.ResponseStore;

/**
 * One chunk of probe rows as a file: a header (magic, version, first row, rows, the units of each layer), the floats
 * of each layer, the failed stimuli, and a CRC-32 of all that. A file whose header, length or CRC does not match is
 * not a chunk: it is ignored and its rows are probed again.
 */
final class ProbeChunkFile {
    private static final int MAGIC = 0x55534350; // "USCP"
    private static final int VERSION = 1;

    private ProbeChunkFile() {
    }

    /** rows x units floats of each layer are read from {@code layers[l]} starting at row {@code first}, in blocks. */
    static void write(OutputStream target, int first, int rows, ResponseStore[] layers, Map<Integer, String> failures)
            throws IOException {
        int[] units = new int[layers.length];
        for (int l = 0; l < units.length; l++) {
            units[l] = layers[l].units();
        }
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(target, crc));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(first);
        out.writeInt(rows);
        out.writeInt(units.length);
        for (int u : units) {
            out.writeInt(u);
        }
        for (ResponseStore layer : layers) {
            writeFloats(out, layer, (long) first * layer.units(), (long) rows * layer.units());
        }
        out.writeInt(failures.size());
        for (Map.Entry<Integer, String> f : failures.entrySet()) {
            out.writeInt(f.getKey());
            out.writeUTF(f.getValue());
        }
        out.flush();
        new DataOutputStream(target).writeLong(crc.getValue());
    }

    /** {@code count} values from flat index {@code from}, big-endian, a block at a time: a spilled layer is never copied whole. */
    private static void writeFloats(OutputStream out, ResponseStore layer, long from, long count) throws IOException {
        float[] block = new float[(int) Math.min(count, 1 << 16)];
        ByteBuffer b = ByteBuffer.allocate(block.length * Float.BYTES);
        for (long i = 0; i < count; i += block.length) {
            int n = (int) Math.min(block.length, count - i);
            layer.read(from + i, block, 0, n);
            b.clear();
            b.asFloatBuffer().put(block, 0, n);
            out.write(b.array(), 0, n * Float.BYTES);
        }
    }

    /** The chunk in {@code file} if it is one whose layers have {@code units}; empty when it is torn or foreign. */
    static Optional<ProbeChunk> read(Path file, int[] units) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CRC32 crc = new CRC32();
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return Optional.empty();
            }
            int first = in.readInt();
            int rows = in.readInt();
            if (first < 0 || rows <= 0 || !sameUnits(in, units)) {
                return Optional.empty();
            }
            float[][] layers = new float[units.length][];
            for (int l = 0; l < units.length; l++) {
                byte[] bytes = in.readNBytes(Math.multiplyExact(rows * units[l], Float.BYTES));
                if (bytes.length != rows * units[l] * Float.BYTES) {
                    return Optional.empty();
                }
                layers[l] = new float[rows * units[l]];
                ByteBuffer.wrap(bytes).asFloatBuffer().get(layers[l]);
            }
            Map<Integer, String> failures = failures(in);
            long expected = crc.getValue();
            if (new DataInputStream(raw).readLong() != expected || raw.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new ProbeChunk(first, rows, layers, failures));
        } catch (EOFException | ArithmeticException | IllegalArgumentException | java.io.UTFDataFormatException e) {
            return Optional.empty(); // cut short by a crash, or not ours
        }
    }

    private static boolean sameUnits(DataInputStream in, int[] units) throws IOException {
        if (in.readInt() != units.length) {
            return false;
        }
        boolean same = true;
        for (int u : units) {
            same &= in.readInt() == u;
        }
        return same;
    }

    private static Map<Integer, String> failures(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new EOFException("negative failure count");
        }
        Map<Integer, String> failures = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            failures.put(in.readInt(), in.readUTF());
        }
        return failures;
    }
}
