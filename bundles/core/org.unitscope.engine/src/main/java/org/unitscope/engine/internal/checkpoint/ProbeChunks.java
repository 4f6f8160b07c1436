package org.unitscope.engine.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unitscope.api.stage.ResponseStore;
import org.unitscope.math.io.AtomicFiles;

/**
 * The probe's rows as chunk files, appended as the probe goes ({@code rows-FIRST-END.chunk}, each a whole number of
 * batches, written atomically): the table is never rewritten. On resume the chunks that follow each other from row 0
 * are read back; the first gap, torn file or misaligned chunk ends them, and it and everything after it are deleted,
 * so those rows are probed again.
 */
public final class ProbeChunks {
    private static final Pattern NAME = Pattern.compile("rows-(\\d{10})-(\\d{10})\\.chunk");

    private final Path dir;

    public ProbeChunks(CheckpointFolder folder) {
        this.dir = folder.probe();
    }

    /** Appends rows {@code first .. end - 1} of every layer ({@code values[l]}: all rows x units[l]). */
    public void write(int first, int end, float[][] values, int[] units, Map<Integer, String> failures) throws IOException {
        ResponseStore[] layers = new ResponseStore[values.length];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = ResponseStore.of(values[l], units[l]);
        }
        write(first, end, layers, failures);
    }

    /** Appends rows {@code first .. end - 1} of every layer, read from its store (on the heap or memory-mapped). */
    public void write(int first, int end, ResponseStore[] layers, Map<Integer, String> failures) throws IOException {
        Map<Integer, String> own = new TreeMap<>(failures).subMap(first, end);
        Path file = dir.resolve(String.format(Locale.ROOT, "rows-%010d-%010d.chunk", first, end));
        AtomicFiles.write(file, out -> ProbeChunkFile.write(out, first, end - first, layers, own));
    }

    /**
     * Hands the usable chunks, in row order, to {@code sink} and returns the rows they cover: chunks must start at row
     * 0 and at multiples of {@code batchSize}, end at a batch boundary or at {@code count}, and follow each other.
     */
    public int restore(int[] units, int batchSize, int count, Consumer<ProbeChunk> sink) throws IOException {
        TreeMap<Integer, Path> byFirst = new TreeMap<>();
        for (Path p : list()) {
            Matcher m = NAME.matcher(p.getFileName().toString());
            if (m.matches()) {
                byFirst.put(Integer.parseInt(m.group(1)), p);
            } else {
                Files.deleteIfExists(p);
            }
        }
        int rows = 0;
        List<Path> unused = new ArrayList<>(byFirst.values());
        while (byFirst.containsKey(rows)) {
            Path p = byFirst.get(rows);
            Optional<ProbeChunk> c = ProbeChunkFile.read(p, units);
            if (c.isEmpty() || !aligned(c.get(), rows, batchSize, count)) {
                break;
            }
            sink.accept(c.get());
            unused.remove(p);
            rows = c.get().end();
        }
        for (Path p : unused) {
            Files.deleteIfExists(p);
        }
        return rows;
    }

    private static boolean aligned(ProbeChunk c, int expectedFirst, int batchSize, int count) {
        return c.first() == expectedFirst && c.end() <= count && (c.end() % batchSize == 0 || c.end() == count);
    }

    private List<Path> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
