package org.unitscope.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Each process's framework storage, a temporary folder named after the process ({@code unitscope-felix-PID-...}), so
 * that one killed with SIGKILL (which runs no clean-up) is recognised by the next start and removed: its process is
 * gone. Folders of live processes, and older ones without a process id, are left alone.
 */
final class FrameworkStorage {
    static final String PREFIX = "unitscope-felix-";

    private FrameworkStorage() {
    }

    /** A new storage folder for this process. */
    static Path create(Path tmp) throws IOException {
        return Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
    }

    /**
     * Removes the storage folders in {@code tmp} whose process is not alive.
     *
     * @return how many bytes were freed
     */
    static long sweep(Path tmp, LongPredicate alive) {
        long freed = 0;
        try (Stream<Path> s = Files.list(tmp)) {
            for (Path dir : s.filter(Files::isDirectory).toList()) {
                long pid = pid(dir.getFileName().toString());
                if (pid > 0 && !alive.test(pid)) {
                    freed += delete(dir);
                }
            }
        } catch (IOException | SecurityException e) {
            // the temporary folder cannot be listed: nothing to sweep
        }
        return freed;
    }

    /** The process id in a storage folder's name, or -1 when the name is not one of ours or has none. */
    static long pid(String name) {
        if (!name.startsWith(PREFIX)) {
            return -1;
        }
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Deletes a folder tree, returning the bytes its files held. */
    static long delete(Path root) {
        long bytes = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                bytes += Files.isRegularFile(p) ? Files.size(p) : 0;
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // temporary storage; the OS cleans it eventually. Unchecked: another process swept the same folder while
            // it was walked (seen when several workbenches start at once), which must not stop this one from starting
        }
        return bytes;
    }
}
