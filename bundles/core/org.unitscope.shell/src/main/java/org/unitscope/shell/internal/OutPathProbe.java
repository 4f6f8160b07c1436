package org.unitscope.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unitscope.api.UnitscopeException;

/**
 * The checks of --out that permissions alone do not answer: a root user "may write" into /proc or a read-only mount,
 * and a name longer than the file system allows fails only when it is created. Both used to surface later as a raw
 * exception name ("java.nio.file.AccessDeniedException: /proc/x"); here they are said in words before the run starts.
 */
final class OutPathProbe {
    /** The longest file name (bytes) of the common Linux, macOS and Windows file systems. */
    static final int MAX_NAME_BYTES = 255;

    private OutPathProbe() {
    }

    /** Each folder still to be created has a name the file system can hold. */
    static void requireNames(String option, Path dir, Path existing) {
        for (Path p = dir; p != null && !p.equals(existing); p = p.getParent()) {
            String name = p.getFileName().toString();
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                throw new UnitscopeException(option + " " + dir + ": the folder name '" + name.substring(0, 24) + "...' is " + bytes
                        + " bytes long; file systems allow at most " + MAX_NAME_BYTES + ": use a shorter name");
            }
        }
    }

    /** The deepest existing folder accepts a new entry: made and removed at once, so nothing is left behind. */
    static void requireWritable(String option, Path dir, Path existing) {
        try {
            Files.delete(Files.createTempDirectory(existing, ".unitscope-probe"));
        } catch (IOException e) {
            throw new UnitscopeException((existing.equals(dir) ? "cannot write into the results folder " + dir
                    : "cannot create the results folder " + dir) + ": " + existing + " " + reason(e) + "; choose another folder", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "does not accept new files (permission denied)";
        }
        if (e instanceof FileSystemException f) {
            // the message of a FileSystemException is the probe's own path; only its reason says anything
            return f.getReason() == null ? "does not accept new files" : "does not accept new files ("
                    + f.getReason().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return "does not accept new files (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }
}
