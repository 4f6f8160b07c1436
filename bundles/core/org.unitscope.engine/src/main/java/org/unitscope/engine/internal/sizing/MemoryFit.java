package org.unitscope.engine.internal.sizing;

import java.util.Locale;
import java.util.Optional;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.MemorySize;

/**
 * Whether a run's arrays ({@link RunSize}) fit in the heap that is free before they are allocated, and if not, a
 * refusal that gives the need, what is free, the smallest heap and the largest stimulus count (or budget) that would
 * work. Refusing here costs a model load; running out of memory later costs the whole probe pass and leaves a
 * manifest at "running". Responses that do not fit are spilled to disk instead when that is possible
 * ({@link ResponsePlacement}): this refusal then stands for the batches and sums, which live in the heap either way.
 */
public final class MemoryFit {
    private static final long GB = 1L << 30;
    /** The least the receptive-field stage budgets automatically (RfPlan.automaticBudget). */
    public static final long AUTOMATIC_RF_FLOOR = 64L << 20;

    private MemoryFit() {
    }

    /** The JVM's heap at one moment: its limit (-Xmx) and what is in use, garbage included. */
    public record Heap(long max, long used) {
        public long free() {
            return max - used;
        }

        public static Heap now() {
            Runtime r = Runtime.getRuntime();
            return new Heap(r.maxMemory(), r.totalMemory() - r.freeMemory());
        }
    }

    /**
     * Refuses a run that does not fit in the free heap; the heap is measured again after a collection before refusing,
     * since what is "in use" includes the garbage of the model load.
     *
     * @param budget the receptive-field budget the user gave (--max-memory, receptiveField.maxMemory), 0 = automatic
     * @throws UnitscopeException with the numbers and what to change
     */
    public static void require(RunSize size, long budget) {
        if (problem(size, Heap.now(), budget).isEmpty()) {
            return;
        }
        System.gc();
        problem(size, Heap.now(), budget).ifPresent(p -> {
            throw new UnitscopeException(p);
        });
    }

    /** Empty when the run fits in {@code heap}; else the refusal's text. */
    public static Optional<String> problem(RunSize size, Heap heap, long budget) {
        long need = size.totalBytes();
        if (need <= heap.free()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "this run needs %s of heap (responses %s: %,d stimuli x %,d units x 4 bytes; batches of %,d stimuli of %,d px: %s; "
                        + "receptive-field sums: %s) but only %s is free (heap %s, %s in use): ",
                MemorySize.format(need), MemorySize.format(size.responseBytes()), size.stimuli(), size.units(), size.batchSize(),
                size.pixels(), MemorySize.format(size.batchBytes()), size.rfBytes() == 0 ? "none" : MemorySize.format(size.rfBytes()),
                MemorySize.format(Math.max(0, heap.free())),
                MemorySize.format(heap.max()), MemorySize.format(heap.used())));
        s.append("give Java a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx").append(smallestHeap(heap.used(), need));
        if (size.batchBytes() > need / 2) {
            s.append(", or a smaller batchSize or stimulus size (the batches take most of it)");
        }
        long fixed = size.batchBytes() + size.rfBytes();
        fixed = fixed < 0 ? Long.MAX_VALUE : fixed;
        long stimuli = Math.min((heap.free() - fixed) / size.bytesPerStimulus(), size.stimuli() - 1L);
        if (stimuli >= 1) {
            s.append(String.format(Locale.ROOT, ", or use at most %,d stimuli", stimuli));
        }
        long room = heap.free() - size.responseBytes() - size.batchBytes();
        if (budget > 0 && room >= AUTOMATIC_RF_FLOOR) {
            s.append(", or lower --max-memory (receptiveField.maxMemory) to at most ").append(MemorySize.format(room));
        }
        return Optional.of(s.toString());
    }

    /** The -Xmx value, in whole gigabytes (megabytes below 1 GB), that holds what is in use and the run. */
    static String smallestHeap(long used, long need) {
        long total = used + need < 0 ? Long.MAX_VALUE : used + need;
        if (total < GB) {
            return ((total + (1L << 20) - 1) >> 20) + "m";
        }
        return ((total + GB - 1) / GB) + "g";
    }
}
