package org.unitscope.engine.internal.sizing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unitscope.api.UnitscopeException;

/**
 * A run refused before any work (it cannot fit). The launcher removes the results folder again when the run created it
 * (with the parents it created), once the run has let go of it: a refused run must not leave a folder that looks like
 * results.
 */
public final class RefusedBeforeWork extends UnitscopeException {
    private static final long serialVersionUID = 1L;
    /** What a refused run leaves in its own folder: its manifest, the results-folder lock, temporary files. */
    private static final java.util.Set<String> OWN = java.util.Set.of("manifest.json", ".unitscope.lock");

    public RefusedBeforeWork(UnitscopeException cause) {
        super(cause.getMessage(), cause);
    }

    /**
     * The highest folder of {@code dir}'s path that does not exist yet (itself when only it is missing), or null when
     * {@code dir} exists: what a refused run may remove again.
     */
    public static Path firstMissing(Path dir) {
        Path top = null;
        for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
            top = p;
        }
        return top;
    }

    /**
     * Removes the folder this run created and the empty parents it created with it, up to {@code top}
     * ({@link #firstMissing} before the run), when the folder holds nothing but the run's own manifest, lock and
     * temporary files; a folder with anything else in it is left as it is.
     *
     * @return whether the folder is gone
     */
    public static boolean removeOwnFolders(Path dir, Path top) {
        if (top == null || !removeOwnFolder(dir)) {
            return false;
        }
        Path stop = top.toAbsolutePath().normalize();
        for (Path p = dir.toAbsolutePath().normalize().getParent(); p != null && p.startsWith(stop); p = p.getParent()) {
            try {
                Files.deleteIfExists(p); // fails, and stops here, when something else is in it
            } catch (IOException e) {
                break;
            }
        }
        return true;
    }

    private static boolean removeOwnFolder(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!OWN.contains(name) && !(name.startsWith(".") && name.endsWith(".tmp"))) {
                    return false;
                }
            }
        } catch (IOException e) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
