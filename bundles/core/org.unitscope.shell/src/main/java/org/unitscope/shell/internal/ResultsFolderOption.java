package org.unitscope.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.MemorySize;

/** Checks of --out and --max-memory before anything runs, with messages that name the value and what to do. */
final class ResultsFolderOption {
    private ResultsFolderOption() {
    }

    /**
     * The results folder as an absolute path, checked but not created (a run refused later must not leave a folder).
     *
     * @throws UnitscopeException for an empty name, a file in the way, or a folder that cannot be created there
     */
    static Path prepare(String option, Path out) {
        if (out == null || out.toString().isBlank()) {
            throw new UnitscopeException(option + " is empty: name the folder the results go to (e.g. " + option + " results/my-run)");
        }
        Path dir = out.toAbsolutePath().normalize();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new UnitscopeException(option + " " + dir + ": no part of this path exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new UnitscopeException(option + " " + dir + ": " + existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new UnitscopeException((existing.equals(dir) ? "cannot write into the results folder " + dir
                    : "cannot create the results folder " + dir) + ": permission denied on " + existing);
        }
        OutPathProbe.requireNames(option, dir, existing);
        OutPathProbe.requireWritable(option, dir, existing);
        return dir;
    }

    /**
     * --max-memory in bytes: the receptive-field sums live in the heap, so a budget above it, or above the machine's
     * memory, cannot be kept.
     *
     * @throws UnitscopeException naming the heap and how to raise it
     */
    static long maxMemory(String text) {
        return maxMemory(text, Runtime.getRuntime().maxMemory(), PhysicalMemory.total());
    }

    /** As {@link #maxMemory(String)}, with the heap and the machine's memory given (-1 = unknown). */
    static long maxMemory(String text, long heap, long physical) {
        long bytes = MemorySize.parse(text, "--max-memory");
        if (physical > 0 && bytes > physical) {
            throw new UnitscopeException("--max-memory " + text + " (" + MemorySize.format(bytes) + ") is more than this machine's "
                    + MemorySize.format(physical) + " of memory; give at most " + MemorySize.format(Math.min(heap, physical))
                    + " (this JVM's heap is " + MemorySize.format(heap) + ")");
        }
        if (bytes > heap) {
            throw new UnitscopeException("--max-memory " + text + " is more than this JVM's heap (" + MemorySize.format(heap)
                    + "); the sums live in the heap: give less, or a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx...");
        }
        return bytes;
    }
}
