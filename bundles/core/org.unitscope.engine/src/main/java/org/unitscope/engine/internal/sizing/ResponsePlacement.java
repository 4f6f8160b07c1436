package org.unitscope.engine.internal.sizing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.MemorySize;
import org.unitscope.engine.internal.sizing.MemoryFit.Heap;

/**
 * Where a run holds its response tables, decided before any work: on the heap when they fit there beside the batches
 * and the receptive-field sums ({@link MemoryFit}), else spilled to memory-mapped files in the results folder
 * ({@value #FOLDER}/), once the disk is known to hold them. Spilling is refused, with the numbers, when the disk is
 * too small, when the batches and sums alone do not fit the heap, or when a tuning metric needs a layer's table on
 * the heap and that table does not fit there.
 *
 * @param spilled whether the tables are memory-mapped files
 * @param bytes   the responses of all layers
 * @param heapMax the JVM's heap limit when it was decided
 */
public record ResponsePlacement(boolean spilled, long bytes, long heapMax) {
    /** The hidden folder of a results folder that holds spilled tables while the run lasts. */
    public static final String FOLDER = ".responses";
    /**
     * "always" spills every run's responses (tests, or to keep the heap for other work); "never" refuses what does not
     * fit the heap, as before spilling existed; anything else decides by size.
     */
    public static final String PROPERTY = "unitscope.responses.spill";
    /** Copies of the responses on disk at the end of a spilled run: the mapped files, the probe's checkpoints, responses.npz. */
    static final int DISK_COPIES = 3;

    /** When responses are spilled. */
    public enum Mode {
        /** When they do not fit the heap. */
        AUTO,
        /** Always. */
        ALWAYS,
        /** Never: a run whose responses do not fit the heap is refused. */
        NEVER;

        /** From {@value #PROPERTY}: "always", "never", else automatic. */
        public static Mode fromSystem() {
            String v = System.getProperty(PROPERTY, "").trim();
            return v.equalsIgnoreCase("always") ? ALWAYS : v.equalsIgnoreCase("never") ? NEVER : AUTO;
        }
    }

    /**
     * Decides for the heap as it is now and the free space of {@code dir}'s file system; the heap is measured again
     * after a collection before spilling, since what is "in use" includes the garbage of the model load.
     *
     * @param metrics the ids of the run's tuning metrics (they read each layer's table on the heap)
     * @throws UnitscopeException when the tables fit neither the heap nor the disk
     */
    public static ResponsePlacement require(RunSize size, long budget, Mode mode, List<String> metrics, Path dir) {
        if (mode != Mode.ALWAYS && fitsHeap(size, Heap.now(), budget)) {
            return new ResponsePlacement(false, size.responseBytes(), Heap.now().max()); // the cheap path: no disk look-up
        }
        System.gc();
        return decide(size, Heap.now(), budget, mode, metrics, mode == Mode.NEVER ? 0 : usableSpace(dir), dir);
    }

    /** The decision for a given heap and free disk space (bytes). */
    public static ResponsePlacement decide(RunSize size, Heap heap, long budget, Mode mode, List<String> metrics, long disk, Path dir) {
        if (mode != Mode.ALWAYS && fitsHeap(size, heap, budget)) {
            return new ResponsePlacement(false, size.responseBytes(), heap.max());
        }
        if (mode == Mode.NEVER) {
            size.requireLayerArrays();
            throw new UnitscopeException(MemoryFit.problem(size, heap, budget).orElseThrow() + " (spilling the responses to disk is off: "
                    + PROPERTY + "=never)");
        }
        long rest = size.batchBytes() + size.rfBytes();
        if (rest < 0 || rest > heap.free()) {
            // spilling the responses does not help: the batches and sums alone do not fit
            throw new UnitscopeException(MemoryFit.problem(size, heap, budget).orElseThrow());
        }
        if (!metrics.isEmpty()) {
            requireTableForMetrics(size, heap, rest, metrics);
        }
        long need = DISK_COPIES * size.responseBytes();
        if (need < 0 || need > disk) {
            throw new UnitscopeException(String.format(Locale.ROOT,
                    "the responses (%s: %,d stimuli x %,d units x 4 bytes) do not fit the free heap (%s of heap %s), and spilling them to "
                            + "a memory-mapped file in %s needs %s of disk (the file, the probe's checkpoints and responses.npz, %s each) "
                            + "but its file system has only %s free: free disk space there, write the results to a larger disk (--out), "
                            + "or give Java a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx%s",
                    MemorySize.format(size.responseBytes()), size.stimuli(), size.units(), MemorySize.format(Math.max(0, heap.free())),
                    MemorySize.format(heap.max()), dir, need < 0 ? "more than 8 EB" : MemorySize.format(need),
                    MemorySize.format(size.responseBytes()), MemorySize.format(disk), MemoryFit.smallestHeap(heap.used(), size.totalBytes())));
        }
        return new ResponsePlacement(true, size.responseBytes(), heap.max());
    }

    private static boolean fitsHeap(RunSize size, Heap heap, long budget) {
        return size.largestLayerFloats() <= RunSize.MAX_ARRAY && MemoryFit.problem(size, heap, budget).isEmpty();
    }

    /** A metric gets one layer's table at a time on the heap: the largest must fit beside the batches and sums. */
    private static void requireTableForMetrics(RunSize size, Heap heap, long rest, List<String> metrics) {
        RunSize.Layer largest = size.largestLayer();
        long floats = size.largestLayerFloats();
        long table = floats * Float.BYTES;
        if (floats <= RunSize.MAX_ARRAY && rest + table <= heap.free()) {
            return;
        }
        Optional<String> array = floats > RunSize.MAX_ARRAY
                ? Optional.of(String.format(Locale.ROOT, ", more than the %,d values a Java array holds", RunSize.MAX_ARRAY))
                : Optional.empty();
        throw new UnitscopeException(String.format(Locale.ROOT,
                "the responses (%s: %,d stimuli x %,d units x 4 bytes) do not fit the free heap (%s of heap %s) and would be spilled to "
                        + "a memory-mapped file, but the tuning metrics %s need each layer's table on the heap, and layer '%s' alone is %s "
                        + "(%,d values%s): measure tuning on fewer stimuli, give Java a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx%s, "
                        + "or leave the metrics out of this run (the receptive-field stage reads spilled responses)",
                MemorySize.format(size.responseBytes()), size.stimuli(), size.units(), MemorySize.format(Math.max(0, heap.free())),
                MemorySize.format(heap.max()), metrics, largest.name(), MemorySize.format(table), floats, array.orElse(""),
                MemoryFit.smallestHeap(heap.used(), size.totalBytes())));
    }

    private static long usableSpace(Path dir) {
        try {
            Path p = dir.toAbsolutePath();
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            return p == null ? 0 : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            throw new UnitscopeException("cannot tell the free disk space of " + dir + ": " + e.getMessage());
        }
    }

    /** The plan's line for a spilled run, e.g. "responses: 8.4 GB, spilled to a memory-mapped file DIR/.responses/ (heap 6 GB)". */
    public String describe(Path dir) {
        return spilled
                ? "responses: " + MemorySize.format(bytes) + ", spilled to a memory-mapped file " + dir.resolve(FOLDER) + "/ (heap "
                        + MemorySize.format(heapMax) + ")"
                : "responses: " + MemorySize.format(bytes) + ", on the heap (heap " + MemorySize.format(heapMax) + ")";
    }
}
