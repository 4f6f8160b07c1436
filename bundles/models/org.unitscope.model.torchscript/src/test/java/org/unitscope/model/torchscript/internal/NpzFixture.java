package org.unitscope.model.torchscript.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the float32 arrays of an .npz written by numpy, and finds test fixtures (test code only). */
final class NpzFixture {
    record Array(int[] shape, float[] data) {
    }

    private NpzFixture() {
    }

    /** A file under src/test/resources/fixtures. */
    static Path fixture(String name) {
        try {
            return Path.of(NpzFixture.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static Map<String, Array> read(Path file) throws IOException {
        Map<String, Array> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName().replaceAll("\\.npy$", ""), npy(in.readAllBytes()));
                }
            }
        }
        return out;
    }

    static Array npy(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if ((bytes[0] & 0xff) != 0x93 || bytes[1] != 'N') {
            throw new IllegalArgumentException("not .npy");
        }
        int major = bytes[6];
        int headerLen = major == 1 ? b.getShort(8) & 0xffff : b.getInt(8);
        int start = major == 1 ? 10 : 12;
        String header = new String(bytes, start, headerLen, StandardCharsets.US_ASCII);
        if (!header.contains("'descr': '<f4'") || header.contains("'fortran_order': True")) {
            throw new IllegalArgumentException("fixture arrays must be little-endian float32 in C order: " + header);
        }
        String shapeText = header.replaceAll("(?s).*'shape': \\(([^)]*)\\).*", "$1").trim();
        int[] shape = Arrays.stream(shapeText.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
        int n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
        float[] data = new float[n];
        b.position(start + headerLen);
        b.asFloatBuffer().get(data);
        return new Array(shape, data);
    }
}
