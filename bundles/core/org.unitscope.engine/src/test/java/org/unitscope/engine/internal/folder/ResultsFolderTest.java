package org.unitscope.engine.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.ExistingResults;

class ResultsFolderTest {
    @TempDir
    Path tmp;

    private final List<String> messages = new ArrayList<>();

    /** A run's files as the engine leaves them: a manifest with a status and name, and one result file. */
    private static void runFiles(Path dir, String name, String status, String result) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"status\": \"" + status + "\", \"run\": {\"name\": \"" + name + "\"},"
                + " \"owner\": {\"pid\": 4242, \"host\": \"node7\", \"started\": \"2026-11-28T08:00:00Z\", \"heartbeat\": \"2026-11-28T08:03:10Z\"}}");
        Files.writeString(dir.resolve(result), name);
    }

    /** Every file under {@code dir} but the lock, with its content: what a reader of the folder sees. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals(ResultsFolderLock.FILE)) {
                    m.put(dir.relativize(p).toString(), Files.readString(p));
                }
            }
        }
        return m;
    }

    @Test
    void aNewRunWritesStraightIntoAMissingOrEmptyFolder() throws IOException {
        Path dir = tmp.resolve("a/b");
        try (ResultsFolder f = ResultsFolder.forNewRun(dir, ExistingResults.REFUSE, messages::add)) {
            assertThat(f.target()).isEqualTo(dir);
            assertThat(f.replacing()).isFalse();
            assertThat(Files.readString(dir.resolve(ResultsFolderLock.FILE))).contains("\"pid\":" + ProcessHandle.current().pid());
        }
    }

    @Test
    void aSecondOwnerIsRefusedNamingTheFirstAndTheFolderIsFreeOnceTheFirstLetsGo() throws IOException {
        Path dir = tmp.resolve("shared");
        ResultsFolder first = ResultsFolder.forNewRun(dir, ExistingResults.REFUSE, messages::add);
        assertThatThrownBy(() -> ResultsFolder.forNewRun(dir, ExistingResults.REPLACE, messages::add))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("still going")
                .hasMessageContaining("process " + ProcessHandle.current().pid());
        assertThatThrownBy(() -> ResultsFolder.forResume(dir, messages::add)).hasMessageContaining("still going");
        first.close();
        ResultsFolder.forNewRun(dir, ExistingResults.REFUSE, messages::add).close();
    }

    @Test
    void aFolderHoldingARunIsRefusedByDefaultAndLeftAsItWas() throws IOException {
        Path dir = tmp.resolve("done");
        runFiles(dir, "gratings", "complete", "units.csv");
        Map<String, String> before = contents(dir);
        assertThatThrownBy(() -> ResultsFolder.forNewRun(dir, ExistingResults.REFUSE, messages::add))
                .hasMessageContaining("already holds the results of run 'gratings' (status complete")
                .hasMessageContaining("--overwrite").hasMessageNotContaining("--resume");
        assertThat(contents(dir)).isEqualTo(before);
    }

    @Test
    void aRunWhoseProcessDiedIsReportedAsSuchWithItsLastHeartbeatAndCanBeResumed() throws IOException {
        Path dir = tmp.resolve("killed");
        runFiles(dir, "noise", "running", "responses.npz");
        assertThatThrownBy(() -> ResultsFolder.forNewRun(dir, ExistingResults.REFUSE, messages::add))
                .hasMessageContaining("process 4242 on node7").hasMessageContaining("ended without finishing it")
                .hasMessageContaining("last heartbeat 2026-11-28T08:03:10Z").hasMessageContaining("--resume " + dir);
        try (ResultsFolder f = ResultsFolder.forResume(dir, messages::add)) {
            assertThat(f.target()).isEqualTo(dir);
        }
    }

    @Test
    void filesThatAreNotARunsAreNeverTakenNotEvenToReplace() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(dir.resolve("thesis.tex"), "x");
        for (ExistingResults e : ExistingResults.values()) {
            assertThatThrownBy(() -> ResultsFolder.forNewRun(dir, e, messages::add)).hasMessageContaining("holds no unitscope run")
                    .hasMessageContaining("thesis.tex");
        }
        assertThatThrownBy(() -> ResultsFolder.forResume(dir, messages::add)).hasMessageContaining("holds no unitscope run");
        assertThat(contents(dir)).isEqualTo(Map.of("thesis.tex", "x"));
    }

    @Test
    void aReplacingRunLeavesTheOldResultsUntilItCompletesThenTheFolderHoldsOnlyItsFiles() throws IOException {
        Path dir = tmp.resolve("replaced");
        runFiles(dir, "old", "complete", "curves.npz");
        try (ResultsFolder f = ResultsFolder.forNewRun(dir, ExistingResults.REPLACE, messages::add)) {
            assertThat(f.target()).isEqualTo(dir.resolve(Generations.NEXT));
            runFiles(f.target(), "new", "complete", "units.csv");
            assertThat(Files.readString(dir.resolve("curves.npz"))).isEqualTo("old");
            assertThat(f.ended(true, false)).isEqualTo(dir);
        }
        assertThat(contents(dir).keySet()).containsExactly("manifest.json", "units.csv");
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"name\": \"new\"");
    }

    @Test
    void aReplacingRunThatFailsIsDiscardedAndOneStoppedIsKeptForResume() throws IOException {
        Path dir = tmp.resolve("kept");
        runFiles(dir, "old", "complete", "units.csv");
        Map<String, String> old = contents(dir);
        try (ResultsFolder f = ResultsFolder.forNewRun(dir, ExistingResults.REPLACE, messages::add)) {
            runFiles(f.target(), "broken", "failed", "x.csv");
            assertThat(f.ended(false, true)).isEqualTo(dir);
        }
        assertThat(contents(dir)).isEqualTo(old);
        try (ResultsFolder f = ResultsFolder.forNewRun(dir, ExistingResults.REPLACE, messages::add)) {
            runFiles(f.target(), "stopped", "incomplete", "responses.npz");
            assertThat(f.ended(false, false)).isEqualTo(dir.resolve(Generations.NEXT));
        }
        assertThatThrownBy(() -> ResultsFolder.forNewRun(dir, ExistingResults.REFUSE, messages::add))
                .hasMessageContaining("an unfinished run that was to replace them is in " + dir.resolve(Generations.NEXT));
        try (ResultsFolder f = ResultsFolder.forResume(dir, messages::add)) {
            assertThat(f.target()).isEqualTo(dir.resolve(Generations.NEXT));
        }
        assertThat(Files.readString(dir.resolve("units.csv"))).isEqualTo("old");
    }

    @Test
    void aCompleteRunIsNotResumed() throws IOException {
        Path dir = tmp.resolve("complete");
        runFiles(dir, "finished", "complete", "units.csv");
        assertThatThrownBy(() -> ResultsFolder.forResume(dir, messages::add)).hasMessageContaining("nothing to resume");
        assertThatThrownBy(() -> ResultsFolder.forResume(tmp.resolve("nowhere"), messages::add)).hasMessageContaining("no such folder");
    }

    @Test
    void temporaryFilesOfAKilledWriterAreRemovedByTheNextOwnerAndCounted() throws IOException {
        Path dir = tmp.resolve("tmpfiles");
        runFiles(dir, "old", "incomplete", "units.csv");
        Files.createDirectories(dir.resolve("rf"));
        Files.writeString(dir.resolve(".responses.npz123.tmp"), "torn");
        Files.writeString(dir.resolve("rf/.awa.png99.tmp"), "torn");
        Files.writeString(dir.resolve("rf/notes.tmp"), "a user's file, not ours");
        ResultsFolder.forResume(dir, messages::add).close();
        assertThat(contents(dir).keySet()).containsExactlyInAnyOrder("manifest.json", "units.csv", "rf/notes.tmp");
        assertThat(messages).anyMatch(m -> m.startsWith("removed 2 temporary file(s)"));
    }
}
