package org.unitscope.engine.internal.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused run removes the folders it created for its results, and nothing that was there before or beside. */
class RefusedBeforeWorkTest {
    @TempDir
    Path tmp;

    @Test
    void theResultsFolderAndTheParentsTheRunCreatedAreRemoved() throws Exception {
        Path dir = tmp.resolve("results/a/run");
        Path top = RefusedBeforeWork.firstMissing(dir);
        assertThat(top).isEqualTo(tmp.resolve("results"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{}");
        Files.writeString(dir.resolve(".manifest.json123.tmp"), "{");
        Files.writeString(dir.resolve(".unitscope.lock"), "pid 1");
        assertThat(RefusedBeforeWork.removeOwnFolders(dir, top)).isTrue();
        assertThat(tmp.resolve("results")).doesNotExist();
        assertThat(tmp).exists();
    }

    @Test
    void aFolderThatExistedBeforeIsKept() throws Exception {
        Files.createDirectories(tmp.resolve("old"));
        assertThat(RefusedBeforeWork.firstMissing(tmp.resolve("old"))).isNull();
        assertThat(RefusedBeforeWork.removeOwnFolders(tmp.resolve("old"), null)).isFalse();
        assertThat(tmp.resolve("old")).exists();
    }

    @Test
    void aFolderWithOtherFilesInItIsKept() throws Exception {
        Path dir = tmp.resolve("new/run");
        Path top = RefusedBeforeWork.firstMissing(dir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "someone else's");
        assertThat(RefusedBeforeWork.removeOwnFolders(dir, top)).isFalse();
        assertThat(dir.resolve("notes.txt")).exists();
    }

    @Test
    void aParentThatGainedOtherFilesMeanwhileIsKept() throws Exception {
        Path dir = tmp.resolve("shared/run");
        Path top = RefusedBeforeWork.firstMissing(dir);
        Files.createDirectories(dir);
        Files.writeString(tmp.resolve("shared/other.txt"), "x");
        assertThat(RefusedBeforeWork.removeOwnFolders(dir, top)).isTrue();
        assertThat(dir).doesNotExist();
        assertThat(tmp.resolve("shared/other.txt")).exists();
    }
}
