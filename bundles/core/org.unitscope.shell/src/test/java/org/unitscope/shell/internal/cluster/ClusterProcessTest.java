package org.unitscope.shell.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.cluster.ClusterOutcome;
import org.unitscope.api.cluster.ClusterRequest;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunProgress;

/**
 * The child process followed: a shell script standing in for unitscope-cluster prints its lines and exits as it would
 * (the real one is launched by the cluster module's ClusterFromShellIT).
 */
class ClusterProcessTest {
    @TempDir
    Path dir;

    /** What a listener heard. */
    static final class Heard implements RunListener {
        final List<RunProgress> progress = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        @Override
        public synchronized void progress(RunProgress p) {
            progress.add(p);
        }

        @Override
        public synchronized void message(String line) {
            messages.add(line);
        }
    }

    private Path script(String body) throws IOException {
        Path s = dir.resolve("fake-cluster");
        Files.writeString(s, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(s, PosixFilePermissions.fromString("rwx------"));
        return s;
    }

    private ClusterRequest survey() throws IOException {
        return ClusterRequest.survey(Files.writeString(dir.resolve("s.json"), "[]"), dir.resolve("out"), "local[2]");
    }

    @Test
    void progressLinesBecomeProgressAndAnExitOfZeroWithItsFilesIsComplete() throws Exception {
        Path s = script("mkdir -p \"$OUT\"; echo 'survey: 2 runs from s.json on local[2] into x'\n"
                + "echo 'survey: 1/2 runs done, elapsed 4 s, ETA 4 s'\necho 'survey: 2/2 runs done, elapsed 8 s, ETA 0 s'\n"
                + "touch \"$OUT/survey.csv\" \"$OUT/survey.json\"; echo 'survey complete: 2/2 runs complete in 8 s'\n");
        Heard h = new Heard();
        ClusterOutcome o = ClusterProcess.start(survey(), List.of(s.toString()), Map.of("OUT", dir.resolve("out").toString()), h).await();

        assertThat(o.status()).isEqualTo(ClusterOutcome.Status.COMPLETE);
        assertThat(o.message()).isEqualTo("survey complete: 2/2 runs complete in 8 s");
        assertThat(o.results()).containsExactly(dir.resolve("out/survey.csv"), dir.resolve("out/survey.json"));
        assertThat(h.progress).extracting(RunProgress::done).containsExactly(1L, 2L);
        assertThat(h.messages).contains("survey: 2 runs from s.json on local[2] into x").noneMatch(m -> m.contains("runs done"));
    }

    @Test
    void aFailedRunIsReportedWithTheLastLineOnStderr() throws Exception {
        Path s = script("echo \"survey: run 'broken' failed (exit 1): error: no model backend 'x'\" >&2; exit 1\n");
        ClusterOutcome o = ClusterProcess.start(survey(), List.of(s.toString()), Map.of(), new Heard()).await();
        assertThat(o.status()).isEqualTo(ClusterOutcome.Status.FAILED);
        assertThat(o.exitCode()).isEqualTo(1);
        assertThat(o.message()).isEqualTo("survey: run 'broken' failed (exit 1): error: no model backend 'x'");
    }

    @Test
    void exitCodeThreeIsIncomplete() throws Exception {
        ClusterOutcome o = ClusterProcess.start(survey(), List.of(script("exit 3\n").toString()), Map.of(), new Heard()).await();
        assertThat(o.status()).isEqualTo(ClusterOutcome.Status.INCOMPLETE);
        assertThat(o.exitCode()).isEqualTo(3);
    }

    @Test
    void cancelSendsSigtermAndTheRunEndsIncomplete() throws Exception {
        Path marker = dir.resolve("got-term");
        Path s = script("trap 'touch \"" + marker + "\"; exit 143' TERM\necho 'survey: 0/2 runs done, elapsed 0 s, ETA ?'\n"
                + "while true; do sleep 0.1; done\n");
        Heard h = new Heard();
        ClusterProcess p = ClusterProcess.start(survey(), List.of(s.toString()), Map.of(), h);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (h.progress.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.cancel();
        ClusterOutcome o = p.await();

        assertThat(Files.exists(marker)).as("the script received SIGTERM").isTrue();
        assertThat(o.status()).isEqualTo(ClusterOutcome.Status.INCOMPLETE);
        assertThat(o.exitCode()).isEqualTo(143);
        assertThat(o.message()).contains("stopped in the workbench");
    }

    @Test
    void theCommandLineOfASurveyAndOfAnRfRunPassTheirOptionsAndThisDistribution() {
        Path c = Path.of("/opt/unitscope-cluster");
        Path home = Path.of("/opt/unitscope");
        assertThat(ClusterArguments.of(ClusterRequest.survey(Path.of("/w/s.json"), Path.of("/w/out"), "local[2]").withOverwrite(true), c, home))
                .containsExactly("/opt/unitscope-cluster/bin/unitscope-cluster", "/w/s.json", "--out", "/w/out", "--master", "local[2]",
                        "--unitscope", "/opt/unitscope", "--overwrite");
        assertThat(ClusterArguments.of(ClusterRequest.rf(Path.of("/w/r.json"), 3, Path.of("/w/o"), null).withMaxMemory("2g"), c, null))
                .containsExactly("/opt/unitscope-cluster/bin/unitscope-cluster", "rf", "--config", "/w/r.json", "--shards", "3",
                        "--out", "/w/o", "--max-memory", "2g");
    }

    @Test
    void libtorchsDeprecationNoticeFromDjlIsNeitherAMessageNorTheReasonOfAFailureButOtherWarningsAre() throws Exception {
        String notice = "[W1128 17:49:35.657469562 LegacyTypeDispatch.h:74] Warning: AutoNonVariableTypeMode is deprecated and will be"
                + " removed in 1.10 release. (function operator())";
        Path s = script("echo 'survey: 1 runs from s.json on local[2] into x'\n"
                + "echo '" + notice + "' >&2\necho '[W1128 17:49:36.1 Foo.cpp:1] Warning: something else' >&2\n"
                + "echo 'survey: no such model: nothing' >&2\necho '" + notice + "' >&2\nexit 1\n");
        Heard h = new Heard();
        ClusterOutcome o = ClusterProcess.start(survey(), List.of(s.toString()), Map.of(), h).await();

        assertThat(h.messages).noneMatch(m -> m.contains("AutoNonVariableTypeMode"))
                .contains("[W1128 17:49:36.1 Foo.cpp:1] Warning: something else", "survey: no such model: nothing");
        assertThat(o.message()).contains("no such model").doesNotContain("AutoNonVariableTypeMode");
    }
}
