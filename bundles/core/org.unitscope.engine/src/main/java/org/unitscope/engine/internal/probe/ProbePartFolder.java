package org.unitscope.engine.internal.probe;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.unitscope.api.UnitscopeException;

/**
 * The probe-part files of a folder, checked before any row is read to hold this run's work (the same key) and to cover
 * its stimuli 0 .. count - 1 exactly once, then read in stimulus order.
 */
public final class ProbePartFolder implements Closeable {
    private final List<ProbePartFile> files;

    private ProbePartFolder(List<ProbePartFile> files) {
        this.files = files;
    }

    public static ProbePartFolder open(Path folder, String key, int stimuli) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UnitscopeException("no folder of probe-part files: " + folder);
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(folder)) {
            paths = s.filter(p -> p.getFileName().toString().endsWith(ProbePartFile.SUFFIX)).sorted().toList();
        }
        if (paths.isEmpty()) {
            throw new UnitscopeException("no probe-part files (*" + ProbePartFile.SUFFIX + ") in " + folder);
        }
        List<ProbePartFile> files = new ArrayList<>();
        try {
            for (Path p : paths) {
                ProbePartFile f = ProbePartFile.open(p);
                files.add(f);
                if (!f.header().key().equals(key)) {
                    throw new UnitscopeException(p + " holds the activations of other work than this run's:\n  file: "
                            + f.header().key() + "\n  run:  " + key);
                }
            }
            files.sort(Comparator.comparingInt((ProbePartFile f) -> f.header().from()).thenComparingInt(f -> f.header().to()));
            checkCover(folder, files, stimuli);
        } catch (IOException | RuntimeException e) {
            for (ProbePartFile f : files) {
                f.close();
            }
            throw e;
        }
        return new ProbePartFolder(files);
    }

    /** Every stimulus once: the non-empty ranges follow each other from 0 to the count. */
    private static void checkCover(Path folder, List<ProbePartFile> files, int stimuli) {
        int next = 0;
        String previous = null;
        for (ProbePartFile f : files) {
            ProbePartHeader h = f.header();
            if (h.from() == h.to()) {
                continue; // a part with no block
            }
            if (h.from() > next) {
                throw new UnitscopeException(String.format(Locale.ROOT, "the probe-part files in %s leave a gap: stimuli %d..%d are"
                        + " in no file (%s starts at %d)", folder, next, h.from() - 1, f.path().getFileName(), h.from()));
            }
            if (h.from() < next) {
                throw new UnitscopeException(String.format(Locale.ROOT, "the probe-part files in %s overlap: %s and %s (stimuli"
                        + " %d..%d) both hold stimuli %d..%d", folder, previous, f.path().getFileName(), h.from(), h.to() - 1,
                        h.from(), Math.min(next, h.to()) - 1));
            }
            next = h.to();
            previous = f.path().getFileName().toString();
        }
        if (next != stimuli) {
            throw new UnitscopeException(String.format(Locale.ROOT, "the probe-part files in %s cover stimuli 0..%d of the run's %d:"
                    + " stimuli %d..%d are in no file", folder, next - 1, stimuli, next, stimuli - 1));
        }
    }

    /** The files' names, in stimulus order. */
    public List<String> names() {
        return files.stream().map(f -> f.path().getFileName().toString()).toList();
    }

    /** Every file's rows in stimulus order to {@code sink}; returns the failed stimuli of all of them. */
    public Map<Integer, String> read(ProbePartFile.RowSink sink) throws IOException {
        Map<Integer, String> failures = new TreeMap<>();
        for (ProbePartFile f : files) {
            failures.putAll(f.read(sink));
        }
        return failures;
    }

    @Override
    public void close() throws IOException {
        for (ProbePartFile f : files) {
            f.close();
        }
    }
}
