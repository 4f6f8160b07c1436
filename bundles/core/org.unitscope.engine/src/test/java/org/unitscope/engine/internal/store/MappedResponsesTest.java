package org.unitscope.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.stage.ResponseStore;

/** The memory-mapped store reads what the heap store reads, across segment boundaries and past 2^31 bytes. */
class MappedResponsesTest {
    @TempDir
    Path dir;

    private static float[] table(int rows, int units, long seed) {
        Random r = new Random(seed);
        float[] t = new float[rows * units];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) r.nextGaussian();
        }
        return t;
    }

    @Test
    void aMappedStoreInSmallSegmentsReadsRowsColumnsAndRangesExactlyAsTheHeapStore() throws Exception {
        int rows = 101;
        int units = 7;
        float[] values = table(rows, units, 11);
        ResponseStore heap = ResponseStore.of(values, units);
        // 52-byte segments: 13 floats, so rows (7 floats) and reads straddle segment boundaries everywhere
        try (MappedResponses mapped = MappedResponses.create(dir.resolve("layer.f32"), rows, units, 52)) {
            for (int first = 0; first < rows; first += 9) {
                int n = Math.min(9, rows - first);
                float[] batch = java.util.Arrays.copyOfRange(values, first * units, (first + n) * units);
                mapped.writeRows(first, n, batch);
            }
            float[] a = new float[rows * units];
            float[] b = new float[rows * units];
            heap.readRows(0, rows, a, 0);
            mapped.readRows(0, rows, b, 0);
            assertThat(b).isEqualTo(a).isEqualTo(values);
            int[] someRows = {100, 0, 13, 13, 57};
            assertThat(mapped.columns(2, 6, someRows)).isDeepEqualTo(heap.columns(2, 6, someRows));
            assertThat(mapped.columns(0, units, 5, 90)).isDeepEqualTo(heap.columns(0, units, 5, 90));
            for (int i = 0; i < rows; i += 17) {
                assertThat(mapped.get(i, 6)).isEqualTo(heap.get(i, 6)).isEqualTo(values[i * units + 6]);
            }
            float[] range = new float[40];
            mapped.read(25, range, 0, 40);
            assertThat(range).isEqualTo(java.util.Arrays.copyOfRange(values, 25, 65));
            assertThat(mapped.onHeap()).isFalse();
            assertThat(heap.onHeap()).isTrue();
            assertThatThrownBy(() -> mapped.read((long) rows * units - 3, range, 0, 4)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessageContaining("layer.f32");
        }
        assertThat(dir.resolve("layer.f32")).doesNotExist();
    }

    @Test
    void aLayerOfMoreThanTwoToTheThirtyOneBytesIsAddressedAcrossSegmentsInASparseFileThatIsRemovedAtTheEnd() throws Exception {
        int units = 1024;
        int rows = 600_000; // 2,457,600,000 bytes: beyond one MappedByteBuffer and int byte offsets
        Path file = dir.resolve(".responses").resolve("00-big.f32");
        long bytes = (long) rows * units * Float.BYTES;
        assertThat(bytes).isGreaterThan(1L << 31);
        try (MappedResponses mapped = MappedResponses.create(file, rows, units)) {
            assertThat(Files.size(file)).isEqualTo(bytes);
            // rows at the start, across the first 1 GiB segment boundary, across 2^31 bytes, and the last one
            int[] probeRows = {0, (int) ((1L << 30) / (units * 4L)), (int) ((1L << 31) / (units * 4L)) - 1,
                    (int) ((1L << 31) / (units * 4L)), rows - 1};
            for (int r : probeRows) {
                mapped.writeRows(r, 1, row(r, units));
            }
            // a range that straddles the 1 GiB boundary in the middle of a row
            long across = (1L << 28) - 5;
            float[] part = {1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f};
            mapped.write(across, part, 0, part.length);
            for (int r : probeRows) {
                float[] back = new float[units];
                mapped.readRows(r, 1, back, 0);
                if (r * (long) units <= across + part.length && (r + 1L) * units > across) {
                    continue; // the row the straddling range overwrote: checked below
                }
                assertThat(back).as("row " + r).isEqualTo(row(r, units));
            }
            float[] back = new float[part.length];
            mapped.read(across, back, 0, part.length);
            assertThat(back).isEqualTo(part);
            assertThat(mapped.get(rows / 2, 3)).as("a row never written reads 0").isEqualTo(0f);
        }
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).as("the emptied folder goes too").doesNotExist();
    }

    private static float[] row(int r, int units) {
        float[] f = new float[units];
        for (int u = 0; u < units; u++) {
            f[u] = r * 0.5f + u;
        }
        return f;
    }

    @Test
    void aClosedStoreRefusesReadsNamingItsFile() throws Exception {
        MappedResponses mapped = MappedResponses.create(dir.resolve("x.f32"), 2, 2);
        mapped.close();
        assertThatThrownBy(() -> mapped.get(0, 0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("x.f32")
                .hasMessageContaining("closed");
    }
}
