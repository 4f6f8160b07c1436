package org.unitscope.math.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class NpyArrayTest {

    private static byte[] bytes(NpyArray a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.writeTo(out);
        return out.toByteArray();
    }

    /** 0.5, 1.5, 2.5, ... : exact in float32 and float64, and distinct per index. */
    private static double value(int i) {
        return i + 0.5 - (i % 2 == 0 ? 0 : 2 * i);
    }

    private static float[] f32(int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) value(i);
        }
        return f;
    }

    private static double[] f64(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = value(i) / 3; // not exact in float32: checks 8-byte values really are doubles
        }
        return d;
    }

    private static void checkFloat(int... shape) throws IOException {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        NpyTestReader r = NpyTestReader.read(bytes(NpyArray.of(f32(n), shape)));
        assertThat(r.descr).isEqualTo("<f4");
        assertThat(r.fortranOrder).isFalse();
        assertThat(r.shape).containsExactly(shape);
        for (int i = 0; i < n; i++) {
            assertThat(r.values[i]).as("value %d", i).isEqualTo(value(i));
        }
    }

    private static void checkDouble(int... shape) throws IOException {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        NpyTestReader r = NpyTestReader.read(bytes(NpyArray.of(f64(n), shape)));
        assertThat(r.descr).isEqualTo("<f8");
        assertThat(r.fortranOrder).isFalse();
        assertThat(r.shape).containsExactly(shape);
        for (int i = 0; i < n; i++) {
            assertThat(r.values[i]).as("value %d", i).isEqualTo(value(i) / 3);
        }
    }

    @Test
    void float32Vector() throws IOException {
        checkFloat(5);
    }

    @Test
    void float32Matrix() throws IOException {
        checkFloat(2, 3);
    }

    @Test
    void float32ThreeD() throws IOException {
        checkFloat(2, 3, 4);
    }

    @Test
    void float64Vector() throws IOException {
        checkDouble(5);
    }

    @Test
    void float64Matrix() throws IOException {
        checkDouble(2, 3);
    }

    @Test
    void float64ThreeD() throws IOException {
        checkDouble(2, 3, 4);
    }

    @Test
    void largerThanOneWriteBuffer() throws IOException {
        // more values than one internal chunk, and not a multiple of any power of two
        checkFloat(3, 10007);
        checkDouble(10007, 3);
    }

    @Test
    void shapeTextIsAPythonTuple() throws IOException {
        assertThat(NpyTestReader.read(bytes(NpyArray.of(new float[5], 5))).dict).contains("'shape': (5,)");
        assertThat(NpyTestReader.read(bytes(NpyArray.of(new float[6], 2, 3))).dict).contains("'shape': (2, 3)");
        assertThat(NpyTestReader.read(bytes(NpyArray.of(new double[24], 2, 3, 4))).dict)
                .contains("'shape': (2, 3, 4)");
    }

    @Test
    void matrixFromRowsIsRowMajor() throws IOException {
        NpyTestReader r = NpyTestReader.read(bytes(NpyArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}})));
        assertThat(r.descr).isEqualTo("<f8");
        assertThat(r.shape).containsExactly(2, 3);
        assertThat(r.values).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void specialValuesKeepTheirBits() throws IOException {
        float[] f = {Float.NaN, Float.POSITIVE_INFINITY, -0.0f, Float.MIN_VALUE};
        NpyTestReader r = NpyTestReader.read(bytes(NpyArray.of(f, 4)));
        assertThat(r.values[0]).isNaN();
        assertThat(r.values[1]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Double.doubleToRawLongBits(r.values[2])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat((float) r.values[3]).isEqualTo(Float.MIN_VALUE);
    }

    @Test
    void littleEndianByteLayout() throws IOException {
        byte[] b = bytes(NpyArray.of(new float[] {1.0f}, 1));
        int hlen = (b[8] & 0xff) | ((b[9] & 0xff) << 8);
        // 1.0f is 0x3F800000; little-endian bytes 00 00 80 3F
        assertThat(new byte[] {b[10 + hlen], b[11 + hlen], b[12 + hlen], b[13 + hlen]})
                .containsExactly(0x00, 0x00, 0x80, 0x3F);
    }

    @Test
    void longerDataWritesOnlyWhatTheShapeNeeds() throws IOException {
        float[] data = f32(10);
        NpyArray a = NpyArray.of(data, 2, 3);
        assertThat(a.count()).isEqualTo(6);
        NpyTestReader r = NpyTestReader.read(bytes(a));
        assertThat(r.shape).containsExactly(2, 3);
        assertThat(r.values).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(r.values[i]).isEqualTo(value(i));
        }
        NpyTestReader d = NpyTestReader.read(bytes(NpyArray.of(f64(7), 4)));
        assertThat(d.values).containsExactly(value(0) / 3, value(1) / 3, value(2) / 3, value(3) / 3);
    }

    @Test
    void shorterDataIsRejected() {
        assertThatThrownBy(() -> NpyArray.of(new float[5], 2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NpyArray.of(new double[23], 2, 3, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyArray() throws IOException {
        NpyTestReader r = NpyTestReader.read(bytes(NpyArray.of(new float[0], 0)));
        assertThat(r.shape).containsExactly(0);
        assertThat(r.values).isEmpty();
    }

    @Test
    void headerAlignmentForManyShapeLengths() throws IOException {
        // shapes whose dict text grows one character at a time exercise every padding amount
        int[] dims = {1, 12, 123, 1234};
        for (int a : dims) {
            for (int b : dims) {
                NpyTestReader r = NpyTestReader.read(bytes(NpyArray.of(new float[a * b], a, b)));
                assertThat(r.shape).containsExactly(a, b);
            }
        }
    }

    @Test
    void aStreamedFloatArrayHasTheBytesOfTheSameArrayHeldInMemoryAcrossSeveralBlocks() throws IOException {
        float[] values = f32(1547 * 16);
        java.util.List<Long> reads = new java.util.ArrayList<>();
        NpyArray streamed = NpyArray.streamed((index, dst, offset, length) -> {
            reads.add(index);
            System.arraycopy(values, (int) index, dst, offset, length);
        }, 1547, 16);
        assertThat(bytes(streamed)).isEqualTo(bytes(NpyArray.of(values, 1547, 16)));
        assertThat(reads).containsExactly(0L, 8192L, 16384L, 24576L); // 1547 x 16 = 24,752 values: four blocks, not one array
    }
}
