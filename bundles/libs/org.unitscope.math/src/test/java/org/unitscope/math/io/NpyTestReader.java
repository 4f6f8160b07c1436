package org.unitscope.math.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal .npy reader written from the NPY format v1.0 description, independent of {@link NpyArray}: magic
 * "\x93NUMPY", major 1 minor 0, a little-endian uint16 header length, an ASCII Python dict padded with spaces
 * and ended by '\n' so that preamble + header is a multiple of 64, then the raw little-endian C-order data.
 * It asserts every structural rule as it reads.
 */
final class NpyTestReader {
    final String descr;
    final boolean fortranOrder;
    final int[] shape;
    final double[] values;
    final int headerLength;
    final String dict;

    private NpyTestReader(String descr, boolean fortranOrder, int[] shape, double[] values, int headerLength,
            String dict) {
        this.descr = descr;
        this.fortranOrder = fortranOrder;
        this.shape = shape;
        this.values = values;
        this.headerLength = headerLength;
        this.dict = dict;
    }

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    static NpyTestReader read(byte[] b) {
        assertThat(b.length).as("file length").isGreaterThanOrEqualTo(10);
        assertThat(b[0] & 0xff).as("magic byte 0").isEqualTo(0x93);
        assertThat(new String(b, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        assertThat(b[6]).as("major version").isEqualTo((byte) 1);
        assertThat(b[7]).as("minor version").isEqualTo((byte) 0);
        int hlen = (b[8] & 0xff) | ((b[9] & 0xff) << 8);
        assertThat((10 + hlen) % 64).as("preamble + header length is a multiple of 64").isZero();
        assertThat(b.length).isGreaterThanOrEqualTo(10 + hlen);
        String header = new String(b, 10, hlen, StandardCharsets.US_ASCII);
        for (int i = 10; i < 10 + hlen; i++) {
            assertThat(b[i] & 0xff).as("header byte %d is ASCII", i).isLessThan(128);
        }
        assertThat(header).endsWith("\n");
        String dict = header.substring(0, header.length() - 1).stripTrailing();
        assertThat(dict).startsWith("{").endsWith("}");

        Matcher d = DESCR.matcher(dict);
        assertThat(d.find()).as("descr in " + dict).isTrue();
        Matcher f = FORTRAN.matcher(dict);
        assertThat(f.find()).as("fortran_order in " + dict).isTrue();
        Matcher s = SHAPE.matcher(dict);
        assertThat(s.find()).as("shape in " + dict).isTrue();
        String shapeText = s.group(1).trim();
        List<Integer> dims = new ArrayList<>();
        if (!shapeText.isEmpty()) {
            String[] parts = shapeText.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.isEmpty()) {
                    // only a trailing comma may be empty, and a 1-tuple must have it
                    assertThat(i).as("empty element only at the end of " + shapeText).isEqualTo(parts.length - 1);
                    continue;
                }
                dims.add(Integer.parseInt(p));
            }
            if (dims.size() == 1) {
                assertThat(shapeText).as("a 1-tuple needs its trailing comma").endsWith(",");
            }
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        long n = 1;
        for (int x : shape) {
            n *= x;
        }
        String descr = d.group(1);
        int width;
        switch (descr) {
            case "<f4":
                width = 4;
                break;
            case "<f8":
                width = 8;
                break;
            default:
                throw new AssertionError("unexpected descr " + descr);
        }
        assertThat((long) b.length - 10 - hlen).as("data bytes for shape " + Arrays.toString(shape))
                .isEqualTo(n * width);
        ByteBuffer buf = ByteBuffer.wrap(b, 10 + hlen, b.length - 10 - hlen).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[(int) n];
        for (int i = 0; i < n; i++) {
            values[i] = width == 4 ? buf.getFloat() : buf.getDouble();
        }
        return new NpyTestReader(descr, "True".equals(f.group(1)), shape, values, hlen, dict);
    }
}
