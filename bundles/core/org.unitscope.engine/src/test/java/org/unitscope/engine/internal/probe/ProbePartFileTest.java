package org.unitscope.engine.internal.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;

/**
 * Probe-part files: the activations of a range of stimuli, written batch by batch by one shard and read back by every
 * run that takes its responses from them. A folder of them must hold this run's work, cover every stimulus once, and
 * be whole; anything else is refused with the file named.
 */
class ProbePartFileTest {
    private static final String KEY = "model synthetic-v1 (weights sha256 abc); layers simple/3 complex/2; 100 stimuli";
    private static final int STIMULI = 100;
    private static final int BATCH = 16;
    private static final List<String> LAYERS = List.of("simple", "complex");
    private static final int[] UNITS = {3, 2};

    @TempDir
    Path dir;

    /** The activation of a unit to a stimulus: distinct for every (layer, stimulus, unit), with a fraction that shows rounding. */
    private static float value(int layer, int stimulus, int unit) {
        return (float) (layer * 1e4 + stimulus * 10 + unit + 1.0 / 3);
    }

    /** A part of stimuli from .. to - 1 written in batches of BATCH starting at multiples of BATCH (the single run's). */
    private Path write(String name, String key, int from, int to, Map<Integer, String> failures) throws IOException {
        Path file = dir.resolve(name + ProbePartFile.SUFFIX);
        try (ProbePartWriter w = new ProbePartWriter(file, new ProbePartHeader(key, STIMULI, from, to, LAYERS, UNITS))) {
            for (int at = from / BATCH * BATCH; at < to && from < to; at += BATCH) {
                int lo = Math.max(at, from);
                int hi = Math.min(at + BATCH, to);
                List<float[]> rows = new ArrayList<>();
                for (int l = 0; l < LAYERS.size(); l++) {
                    float[] r = new float[(hi - lo) * UNITS[l]];
                    for (int i = lo; i < hi; i++) {
                        for (int u = 0; u < UNITS[l]; u++) {
                            r[(i - lo) * UNITS[l] + u] = value(l, i, u);
                        }
                    }
                    rows.add(r);
                }
                w.write(lo, hi - lo, rows);
            }
            w.commit(failures);
        }
        return file;
    }

    /** Every layer's table (stimuli x units) read from the folder's parts. */
    private float[][] read(Map<Integer, String> failures) throws IOException {
        float[][] tables = {new float[STIMULI * UNITS[0]], new float[STIMULI * UNITS[1]]};
        try (ProbePartFolder parts = ProbePartFolder.open(dir, KEY, STIMULI)) {
            failures.putAll(parts.read((first, rows, layers) -> {
                for (int l = 0; l < layers.length; l++) {
                    System.arraycopy(layers[l], 0, tables[l], first * UNITS[l], rows * UNITS[l]);
                }
            }));
        }
        return tables;
    }

    @Test
    void partsWrittenByThreeShardsReadBackAsTheWholeTableWithTheirFailedStimuli() throws IOException {
        write("part-00000", KEY, 0, 40, Map.of(3, "broken image", 45, "not this part's"));
        write("part-00001", KEY, 40, 40, Map.of()); // a part with no block
        write("part-00002", KEY, 40, 100, Map.of(45, "unreadable", 99, "last"));
        Map<Integer, String> failures = new java.util.TreeMap<>();
        float[][] tables = read(failures);
        for (int l = 0; l < LAYERS.size(); l++) {
            float[] expected = new float[STIMULI * UNITS[l]];
            for (int i = 0; i < STIMULI; i++) {
                for (int u = 0; u < UNITS[l]; u++) {
                    expected[i * UNITS[l] + u] = value(l, i, u);
                }
            }
            assertThat(tables[l]).as(LAYERS.get(l)).containsExactly(expected);
        }
        assertThat(failures).containsExactly(Map.entry(3, "broken image"), Map.entry(45, "unreadable"), Map.entry(99, "last"));
    }

    @Test
    void aPartOfOtherWorkIsRefusedNamingTheFileAndBothKeys() throws IOException {
        write("part-00000", KEY, 0, 50, Map.of());
        write("part-00001", KEY.replace("abc", "def"), 50, 100, Map.of());
        assertThatThrownBy(() -> read(new java.util.TreeMap<>())).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("part-00001.rfprobe holds the activations of other work").hasMessageContaining("sha256 def")
                .hasMessageContaining("sha256 abc");
    }

    @Test
    void aGapBetweenPartsIsRefusedWithTheMissingStimuli() throws IOException {
        write("part-00000", KEY, 0, 40, Map.of());
        write("part-00002", KEY, 60, 100, Map.of());
        assertThatThrownBy(() -> read(new java.util.TreeMap<>())).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("leave a gap: stimuli 40..59 are in no file (part-00002.rfprobe starts at 60)");
    }

    @Test
    void partsThatOverlapAreRefusedNamingBoth() throws IOException {
        write("part-00000", KEY, 0, 60, Map.of());
        write("part-00001", KEY, 50, 100, Map.of());
        assertThatThrownBy(() -> read(new java.util.TreeMap<>())).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("overlap: part-00000.rfprobe and part-00001.rfprobe (stimuli 50..99) both hold stimuli 50..59");
    }

    @Test
    void partsThatStopBeforeTheLastStimulusAreRefused() throws IOException {
        write("part-00000", KEY, 0, 90, Map.of());
        assertThatThrownBy(() -> read(new java.util.TreeMap<>())).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("cover stimuli 0..89 of the run's 100: stimuli 90..99 are in no file");
    }

    @Test
    void aDamagedSectionOfRowsIsRefusedByItsChecksum() throws IOException {
        write("part-00000", KEY, 0, 50, Map.of());
        Path file = write("part-00001", KEY, 50, 100, Map.of());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10; // one bit of an activation in the middle of the file
        Files.write(file, bytes);
        assertThatThrownBy(() -> read(new java.util.TreeMap<>())).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("part-00001.rfprobe is damaged: the checksum of its rows");
    }

    @Test
    void aTruncatedPartIsRefusedAsTruncated() throws IOException {
        write("part-00000", KEY, 0, 50, Map.of());
        Path file = write("part-00001", KEY, 50, 100, Map.of());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 30));
        assertThatThrownBy(() -> read(new java.util.TreeMap<>())).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("part-00001.rfprobe is truncated");
    }

    @Test
    void aPartClosedBeforeItsLastRowsLeavesNoFile() throws IOException {
        Path file = dir.resolve("part-00000" + ProbePartFile.SUFFIX);
        try (ProbePartWriter w = new ProbePartWriter(file, new ProbePartHeader(KEY, STIMULI, 0, 100, LAYERS, UNITS))) {
            w.write(0, 1, List.of(new float[3], new float[2]));
        }
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).isEmpty();
        }
    }
}
