package org.unitscope.engine.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeChunksTest {
    private static final int[] UNITS = {3, 2};
    private static final int COUNT = 10;
    private static final int BATCH = 4;

    @TempDir
    Path dir;

    /** Two layers of COUNT rows whose values say where they come from. */
    private static float[][] table() {
        float[][] t = new float[UNITS.length][];
        for (int l = 0; l < UNITS.length; l++) {
            t[l] = new float[COUNT * UNITS[l]];
            for (int i = 0; i < t[l].length; i++) {
                t[l][i] = l * 1000 + i + 0.25f;
            }
        }
        return t;
    }

    private ProbeChunks chunks() {
        return new ProbeChunks(new CheckpointFolder(dir));
    }

    private float[][] restoreInto(List<ProbeChunk> seen) throws IOException {
        float[][] back = new float[UNITS.length][];
        for (int l = 0; l < UNITS.length; l++) {
            back[l] = new float[COUNT * UNITS[l]];
        }
        int rows = chunks().restore(UNITS, BATCH, COUNT, c -> {
            seen.add(c);
            for (int l = 0; l < UNITS.length; l++) {
                System.arraycopy(c.layers()[l], 0, back[l], c.first() * UNITS[l], c.rows() * UNITS[l]);
            }
        });
        assertThat(rows).isEqualTo(seen.isEmpty() ? 0 : seen.get(seen.size() - 1).end());
        return back;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve(".checkpoint/probe"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void chunksWrittenBatchByBatchComeBackAsTheSameRowsBitForBit() throws IOException {
        float[][] t = table();
        chunks().write(0, 4, t, UNITS, Map.of(1, "bad file a.png"));
        chunks().write(4, 8, t, UNITS, Map.of(1, "bad file a.png", 6, "truncated b.jpg"));
        chunks().write(8, 10, t, UNITS, Map.of());
        List<ProbeChunk> seen = new ArrayList<>();
        float[][] back = restoreInto(seen);
        assertThat(seen).extracting(ProbeChunk::first).containsExactly(0, 4, 8);
        assertThat(back[0]).isEqualTo(t[0]);
        assertThat(back[1]).isEqualTo(t[1]);
        assertThat(seen.get(0).failures()).containsExactly(Map.entry(1, "bad file a.png"));
        assertThat(seen.get(1).failures()).containsExactly(Map.entry(6, "truncated b.jpg"));
    }

    @Test
    void aTornChunkIsIgnoredAndItAndTheChunksAfterItAreDeletedSoTheirRowsAreProbedAgain() throws IOException {
        float[][] t = table();
        chunks().write(0, 4, t, UNITS, Map.of());
        chunks().write(4, 8, t, UNITS, Map.of());
        chunks().write(8, 10, t, UNITS, Map.of());
        Path second = files().get(1);
        byte[] bytes = Files.readAllBytes(second);
        Files.write(second, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        List<ProbeChunk> seen = new ArrayList<>();
        restoreInto(seen);
        assertThat(seen).extracting(ProbeChunk::end).containsExactly(4);
        assertThat(files()).extracting(p -> p.getFileName().toString()).containsExactly("rows-0000000000-0000000004.chunk");
    }

    @Test
    void aChunkWithAFlippedBitFailsItsChecksumAndIsIgnored() throws IOException {
        float[][] t = table();
        chunks().write(0, 4, t, UNITS, Map.of());
        Path only = files().get(0);
        byte[] bytes = Files.readAllBytes(only);
        bytes[40] ^= 1;
        Files.write(only, bytes);
        assertThat(restoreInto(new ArrayList<>())[0]).containsOnly(0f);
    }

    @Test
    void aGapEndsTheRowsReadBackAndTemporaryFilesOfAKilledWriteAreRemoved() throws IOException {
        float[][] t = table();
        chunks().write(0, 4, t, UNITS, Map.of());
        chunks().write(8, 10, t, UNITS, Map.of());
        Files.writeString(dir.resolve(".checkpoint/probe/.rows-0000000004-0000000008.chunk123.tmp"), "half");
        List<ProbeChunk> seen = new ArrayList<>();
        restoreInto(seen);
        assertThat(seen).extracting(ProbeChunk::end).containsExactly(4);
        assertThat(files()).hasSize(1);
    }

    @Test
    void aChunkThatDoesNotEndOnABatchBoundaryIsNotUsedSinceTheNextBatchesWouldDiffer() throws IOException {
        chunks().write(0, 3, table(), UNITS, Map.of());
        assertThat(restoreInto(new ArrayList<>())[0]).containsOnly(0f);
    }

    @Test
    void chunksOfOtherLayerWidthsAreNotRead() throws IOException {
        chunks().write(0, 4, table(), UNITS, Map.of());
        assertThat(chunks().restore(new int[] {3, 5}, BATCH, COUNT, c -> { })).isZero();
    }
}
