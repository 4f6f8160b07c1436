package org.unitscope.stage.rf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PatchMatrixStoreTest {
    private static final int ROWS = 3001; // several flushes of the mapped store's 1 MB buffer at d = 97
    private static final int DIM = 97;

    @Test
    void aHeldAndAMemoryMappedMatrixReadBackTheSameRows() throws Exception {
        float[] rows = new float[ROWS * DIM];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) r.nextGaussian();
        }
        try (PatchMatrixStore held = PatchMatrixStore.inMemory(ROWS, DIM); PatchMatrixStore mapped = PatchMatrixStore.mapped(ROWS, DIM)) {
            for (int k = 0; k < ROWS; k++) {
                held.append(rows, k * DIM);
                mapped.append(rows, k * DIM);
            }
            held.seal();
            mapped.seal();
            float[] a = new float[500 * DIM];
            float[] b = new float[500 * DIM];
            held.read(2501, 500, a);
            mapped.read(2501, 500, b);
            assertThat(b).isEqualTo(a);
            assertThat(a[0]).isEqualTo(rows[2501 * DIM]);
            assertThat(a[500 * DIM - 1]).isEqualTo(rows[ROWS * DIM - 1]);
        }
    }

    @Test
    void theTemporaryFileIsDeletedOnClose() throws Exception {
        Path before;
        try (PatchMatrixStore mapped = PatchMatrixStore.mapped(2, 3)) {
            mapped.append(new float[] {1, 2, 3}, 0);
            mapped.append(new float[] {4, 5, 6}, 0);
            mapped.seal();
            before = mapped.file();
            assertThat(Files.size(before)).isEqualTo(2 * 3 * 4);
        }
        assertThat(Files.exists(before)).isFalse();
    }

    @Test
    void aMatrixMissingRowsCannotBeSealed() throws Exception {
        try (PatchMatrixStore held = PatchMatrixStore.inMemory(2, 3)) {
            held.append(new float[] {1, 2, 3}, 0);
            assertThatThrownBy(held::seal).hasMessageContaining("1 of its 2 rows");
        }
    }
}
