package org.unitscope.engine.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The temporary siblings of atomic writes (".NAME*.tmp", see {@code AtomicFiles}) that a killed process left behind.
 * Only the folder's owner removes them: a live writer's temporary file is never stale, and the owner is the only writer.
 */
final class StaleTemporaryFiles {
    private StaleTemporaryFiles() {
    }

    /** Deletes them under {@code dir} (generations and checkpoints included); returns how many. */
    static int remove(Path dir) throws IOException {
        List<Path> stale;
        try (Stream<Path> s = Files.walk(dir)) {
            stale = s.filter(Files::isRegularFile).filter(StaleTemporaryFiles::temporary).toList();
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
        return stale.size();
    }

    static boolean temporary(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(".tmp");
    }
}
