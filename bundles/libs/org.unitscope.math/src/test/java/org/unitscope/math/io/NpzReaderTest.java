package org.unitscope.math.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsBackWhatTheEnginesWriterWrote() throws Exception {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("simple.orientation_tuning", NpyArray.of(new double[][] {{1, 2, 3}, {4, 5, 6.5}}));
        arrays.put("simple.orientation_tuning.axis", NpyArray.of(new double[] {0, 60, 120}, 3));
        arrays.put("responses", NpyArray.of(new float[] {0.5f, -1.25f}, 2, 1));
        Path file = tmp.resolve("curves.npz");
        try (OutputStream out = Files.newOutputStream(file)) {
            NpzWriter.write(out, arrays);
        }
        Map<String, NpzReader.Array> read = NpzReader.read(file);
        assertThat(read).containsOnlyKeys("simple.orientation_tuning", "simple.orientation_tuning.axis", "responses");
        assertThat(read.get("simple.orientation_tuning").shape()).containsExactly(2, 3);
        assertThat(read.get("simple.orientation_tuning").row(1)).containsExactly(4, 5, 6.5);
        assertThat(read.get("simple.orientation_tuning.axis").data()).containsExactly(0, 60, 120);
        assertThat(read.get("responses").data()).containsExactly(0.5, -1.25);
    }
}
