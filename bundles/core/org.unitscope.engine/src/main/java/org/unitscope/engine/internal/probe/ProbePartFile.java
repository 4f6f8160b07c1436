package org.unitscope.engine.internal.probe;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.unitscope.api.UnitscopeException;

/**
 * One probe part's activations, read back by a run that takes its responses from probe parts. Layout (big-endian): a
 * header section (magic, the key of the work as UTF-8, the run's stimulus count, the part's first and end stimulus,
 * the layers with their units); per batch a section (first row, rows, per layer rows x units floats); an end section
 * (END, the part's failed stimuli with their reasons, the batch section count). Every section ends with the CRC-32 of
 * its bytes, checked as it is read.
 */
public final class ProbePartFile implements Closeable {
    static final long MAGIC = 0x5553505242505431L; // "USPRBPT1"
    static final long END = 0x5553505242454E44L;
    public static final String SUFFIX = ".rfprobe";

    /** Receives rows {@code first .. first + rows - 1}: per layer rows x units floats. */
    @FunctionalInterface
    public interface RowSink {
        void rows(int first, int rows, float[][] layers) throws IOException;
    }

    private final Path path;
    private final CheckedInputStream checked;
    private final DataInputStream in;
    private final ProbePartHeader header;

    private ProbePartFile(Path path) throws IOException {
        this.path = path;
        this.checked = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16), new CRC32());
        this.in = new DataInputStream(checked);
        try {
            this.header = readHeader();
        } catch (EOFException e) {
            in.close();
            throw new UnitscopeException(path + " is truncated: it ends within its header", e);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public static ProbePartFile open(Path path) throws IOException {
        return new ProbePartFile(path);
    }

    private ProbePartHeader readHeader() throws IOException {
        if (in.readLong() != MAGIC) {
            throw new UnitscopeException(path + " is not a unitscope probe-part file of activations (wrong magic number)");
        }
        int length = in.readInt();
        if (length < 0 || length > (1 << 24)) {
            throw new UnitscopeException(path + " is damaged: a key of " + length + " bytes");
        }
        byte[] k = new byte[length];
        in.readFully(k);
        int stimuli = in.readInt();
        int from = in.readInt();
        int to = in.readInt();
        int count = in.readInt();
        if (count < 0 || count > 1 << 16) {
            throw new UnitscopeException(path + " is damaged: " + count + " layers");
        }
        List<String> layers = new ArrayList<>();
        int[] units = new int[count];
        for (int l = 0; l < count; l++) {
            layers.add(in.readUTF());
            units[l] = in.readInt();
        }
        checkSection("header");
        try {
            return new ProbePartHeader(new String(k, StandardCharsets.UTF_8), stimuli, from, to, layers, units);
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException(path + " is damaged: " + e.getMessage(), e);
        }
    }

    public ProbePartHeader header() {
        return header;
    }

    public Path path() {
        return path;
    }

    /**
     * Hands every batch section to {@code sink} in order and returns the part's failed stimuli; refuses (naming the
     * file) a section out of order, a damaged one (checksum) and a file that ends early (truncated).
     */
    public Map<Integer, String> read(RowSink sink) throws IOException {
        try {
            int next = header.from();
            int sections = 0;
            int[] units = header.units();
            while (next < header.to()) {
                int first = in.readInt();
                int rows = in.readInt();
                if (first != next || rows <= 0 || rows > header.to() - next) {
                    throw new UnitscopeException(path + " is damaged: rows " + first + ".." + (first + rows - 1)
                            + " where row " + next + " should follow");
                }
                float[][] layers = new float[units.length][];
                for (int l = 0; l < units.length; l++) {
                    layers[l] = floats(Math.multiplyExact(rows, units[l]));
                }
                checkSection("rows " + first + ".." + (first + rows - 1));
                sink.rows(first, rows, layers);
                next += rows;
                sections++;
            }
            return end(sections);
        } catch (EOFException e) {
            throw new UnitscopeException(path + " is truncated: it ends before its last rows and end mark (stimuli "
                    + header.from() + ".." + (header.to() - 1) + ")", e);
        }
    }

    private float[] floats(int count) throws IOException {
        byte[] bytes = new byte[Math.multiplyExact(count, Float.BYTES)];
        in.readFully(bytes);
        float[] values = new float[count];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }

    private Map<Integer, String> end(int sections) throws IOException {
        if (in.readLong() != END) {
            throw new UnitscopeException(path + " is damaged: no end mark after its rows");
        }
        int count = in.readInt();
        if (count < 0 || count > header.to() - header.from()) {
            throw new UnitscopeException(path + " is damaged: " + count + " failed stimuli");
        }
        Map<Integer, String> failures = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            failures.put(in.readInt(), in.readUTF());
        }
        int written = in.readInt();
        checkSection("end");
        if (written != sections) {
            throw new UnitscopeException(path + " is damaged: it counts " + written + " sections of rows, " + sections + " were read");
        }
        if (in.read() != -1) {
            throw new UnitscopeException(path + " is damaged: bytes follow its end mark");
        }
        return failures;
    }

    private void checkSection(String what) throws IOException {
        long expected = checked.getChecksum().getValue();
        long stored = in.readLong();
        if (stored != expected) {
            throw new UnitscopeException(path + " is damaged: the checksum of its " + what + " does not match");
        }
        checked.getChecksum().reset();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
