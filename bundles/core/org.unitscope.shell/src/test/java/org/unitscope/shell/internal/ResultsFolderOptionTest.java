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
        assertThatThrownBy(() -> ResultsFolderOption.maxMemory("8g", 6L << 30, 64L << 30)).isInstanceOf(UnitscopeException.class)
                .hasMessage("--max-memory 8g is more than this JVM's heap (6.00 GB); the sums live in the heap: give less, "
                        + "or a larger heap with UNITSCOPE_JAVA_OPTS=-Xmx...");
        assertThat(ResultsFolderOption.maxMemory("1m")).isEqualTo(1L << 20);
    }

    @Test
    void aMemoryBudgetAboveTheMachinesMemoryIsRefusedNamingTheMachinesMemory() {
        assertThatThrownBy(() -> ResultsFolderOption.maxMemory("1t", 6L << 30, 16L << 30)).isInstanceOf(UnitscopeException.class)
                .hasMessage("--max-memory 1t (1024.00 GB) is more than this machine's 16.00 GB of memory; give at most 6.00 GB "
                        + "(this JVM's heap is 6.00 GB)");
        // on the machine the test runs on, a terabyte is above the heap or the memory, and said so
        assertThatThrownBy(() -> ResultsFolderOption.maxMemory("1t")).isInstanceOf(UnitscopeException.class)
                .hasMessageStartingWith("--max-memory 1t ");
    }

    @Test
    void thePhysicalMemoryIsKnownOnThisJvm() {
        assertThat(PhysicalMemory.total()).isGreaterThan(Runtime.getRuntime().maxMemory());
    }

    @Test
    void aFolderNameLongerThanTheFileSystemAllowsIsRefusedInWords() {
        Path out = tmp.resolve("x".repeat(300)).resolve("run");
        assertThatThrownBy(() -> ResultsFolderOption.prepare("--out", out)).isInstanceOf(UnitscopeException.class)
                .hasMessage("--out " + out + ": the folder name 'xxxxxxxxxxxxxxxxxxxxxxxx...' is 300 bytes long; file systems allow "
                        + "at most 255: use a shorter name");
    }

    @Test
    void aFolderThatRefusesNewFilesEvenToRootIsNamedWithoutAnExceptionClass() {
        // /proc is a folder that root "may write" (by its mode bits) but that accepts no new entries
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        assertThatThrownBy(() -> ResultsFolderOption.prepare("--out", Path.of("/proc/results"))).isInstanceOf(UnitscopeException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain(".unitscope-probe")
                        .matches("(cannot create the results folder /proc/results: /proc does not accept new files( \\(.*\\))?; "
                                + "choose another folder|cannot create the results folder /proc/results: permission denied on /proc)"));
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void theWritabilityProbeLeavesNothingBehind() throws Exception {
        ResultsFolderOption.prepare("--out", tmp.resolve("new-run"));
        assertThat(tmp.toFile().list()).isEmpty();
    }
}
