package org.unitscope.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;

class ResultsFolderOptionTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyOutIsRefusedInsteadOfWritingIntoTheCurrentFolder() {
        assertThatThrownBy(() -> ResultsFolderOption.prepare("--out", Path.of(""))).isInstanceOf(UnitscopeException.class)
                .hasMessage("--out is empty: name the folder the results go to (e.g. --out results/my-run)");
    }

    @Test
    void aFileInTheWayIsNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> ResultsFolderOption.prepare("--out", file.resolve("run"))).isInstanceOf(UnitscopeException.class)
                .hasMessage("--out " + file.resolve("run") + ": " + file + " is a file, not a folder");
    }

    @Test
    void aNewFolderIsCheckedButNotCreatedSoARefusedRunLeavesNothing() {
        Path out = ResultsFolderOption.prepare("--out", tmp.resolve("a/b/run"));
        assertThat(out).isEqualTo(tmp.resolve("a/b/run").toAbsolutePath());
        assertThat(tmp.resolve("a")).doesNotExist();
    }

    @Test
    void aMemoryBudgetAboveTheHeapIsRefusedNamingTheHeap() {
        assertThatThrownBy(() -> ResultsFolderOption.maxMemory("1t")).isInstanceOf(UnitscopeException.class)
                .hasMessageStartingWith("--max-memory 1t is more than this JVM's heap (");
        assertThat(ResultsFolderOption.maxMemory("1m")).isEqualTo(1L << 20);
    }
}
