package org.unitscope.engine.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A swap interrupted after each of its renames is finished by the next owner: the folder ends with the new files only. */
class GenerationsTest {
    @TempDir
    Path dir;

    private static final Map<String, String> OLD = Map.of("manifest.json", "old", "units.csv", "old", "curves.npz", "old");
    private static final Map<String, String> NEW = Map.of("manifest.json", "new", "units.csv", "new", "rf.npz", "new");

    private static void write(Path d, Map<String, String> files) throws IOException {
        Files.createDirectories(d);
        for (var e : files.entrySet()) {
            Files.writeString(d.resolve(e.getKey()), e.getValue());
        }
    }

    private Map<String, String> visible() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.isDirectory(p) ? "<dir>" : Files.readString(p));
            }
        }
        m.remove(ResultsFolderLock.FILE);
        return m;
    }

    /**
     * The state a crash leaves after {@code moved} of the old files went to .old-partial, or all of them with .old renamed
     * (moved = 3), or also {@code moved - 3} of the new ones came up.
     */
    @ParameterizedTest(name = "crash after {0} move(s)")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void aSwapCutShortAnywhereEndsWithTheNewGenerationAlone(int moved) throws IOException {
        write(dir, OLD);
        Files.writeString(dir.resolve(ResultsFolderLock.FILE), "{}");
        write(dir.resolve(Generations.READY), NEW);
        Path partial = Files.createDirectories(dir.resolve(Generations.OLD_PARTIAL));
        String[] old = OLD.keySet().stream().sorted().toArray(String[]::new);
        for (int i = 0; i < Math.min(moved, 3); i++) {
            Files.move(dir.resolve(old[i]), partial.resolve(old[i]));
        }
        if (moved >= 3) {
            Files.move(partial, dir.resolve(Generations.OLD));
            String[] fresh = NEW.keySet().stream().sorted().toArray(String[]::new);
            for (int i = 0; i < moved - 3; i++) {
                Files.move(dir.resolve(Generations.READY).resolve(fresh[i]), dir.resolve(fresh[i]));
            }
        }
        Generations.recover(dir);
        assertThat(visible()).isEqualTo(new TreeMap<>(NEW));
        assertThat(dir.resolve(ResultsFolderLock.FILE)).exists();
    }

    @ParameterizedTest(name = "old generation with {0} leftover(s) is removed")
    @ValueSource(ints = {0, 2})
    void whatAFinishedSwapLeftIsRemoved(int leftovers) throws IOException {
        write(dir, NEW);
        Path old = Files.createDirectories(dir.resolve(Generations.OLD));
        for (int i = 0; i < leftovers; i++) {
            Files.writeString(old.resolve("f" + i), "old");
        }
        Generations.recover(dir);
        assertThat(visible()).isEqualTo(new TreeMap<>(NEW));
    }

    @org.junit.jupiter.api.Test
    void aCompletedGenerationIsSwappedInWholeAndTheOldFilesAreGone() throws IOException {
        write(dir, OLD);
        write(dir.resolve(Generations.NEXT), NEW);
        Generations.swapIn(dir);
        assertThat(visible()).isEqualTo(new TreeMap<>(NEW));
    }
}
