package org.unitscope.model.vgg16.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the float32 arrays of an uncompressed or deflated .npz written by numpy (test fixtures only). */
final class NpzFixture {
    record Array(int[] shape, float[] data) {
    }

    private NpzFixture() {
    }

    static Map<String, Array> read(Path file) throws IOException {
        Map<String, Array> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
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
        String[] parts = shapeText.isEmpty() ? new String[0] : shapeText.split(",");
        int count = 0;
        int[] shape = new int[parts.length];
        for (String p : parts) {
            if (!p.isBlank()) {
                shape[count++] = Integer.parseInt(p.trim());
            }
        }
        shape = java.util.Arrays.copyOf(shape, count);
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        float[] data = new float[n];
        b.position(start + headerLen);
        b.asFloatBuffer().get(data);
        return new Array(shape, data);
    }
}
