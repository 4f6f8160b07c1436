package org.unitscope.math.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the float32 / float64 arrays (little-endian, C order) of an .npz, as the engine's writer and NumPy write them. */
public final class NpzReader {

    /** An array as doubles with its shape. */
    public record Array(int[] shape, double[] data) {
        /** Row {@code r} of a matrix. */
        public double[] row(int r) {
            int cols = shape.length < 2 ? data.length : shape[1];
            double[] out = new double[cols];
            System.arraycopy(data, r * cols, out, 0, cols);
            return out;
        }
    }

    private NpzReader() {
    }

    public static Map<String, Array> read(Path file) throws IOException {
        Map<String, Array> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName().replaceAll("\\.npy$", ""), npy(in.readAllBytes(), e.getName()));
                }
            }
        }
        return out;
    }

    static Array npy(byte[] bytes, String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || (bytes[0] & 0xff) != 0x93 || bytes[1] != 'N') {
            throw new IOException(name + " is not an .npy array");
        }
        int major = bytes[6];
        int headerLen = major == 1 ? b.getShort(8) & 0xffff : b.getInt(8);
        int start = major == 1 ? 10 : 12;
        String header = new String(bytes, start, headerLen, StandardCharsets.US_ASCII);
        boolean f4 = header.contains("'<f4'");
        if (!(f4 || header.contains("'<f8'")) || header.contains("'fortran_order': True")) {
            throw new IOException(name + ": only little-endian float32/float64 arrays in C order are read: " + header.strip());
        }
        String shapeText = header.replaceAll("(?s).*'shape': \\(([^)]*)\\).*", "$1").strip();
        int[] shape = shapeText.isEmpty() ? new int[0]
                : java.util.Arrays.stream(shapeText.split(",")).map(String::strip).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        double[] data = new double[n];
        b.position(start + headerLen);
        for (int i = 0; i < n; i++) {
            data[i] = f4 ? b.getFloat() : b.getDouble();
        }
        return new Array(shape, data);
    }
}
