package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unitscope.api.cluster.ClusterHandle;
import org.unitscope.api.cluster.ClusterLauncher;
import org.unitscope.api.cluster.ClusterOutcome;
import org.unitscope.api.cluster.ClusterRequest;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunProgress;

/** A cluster run queued like a local run: its progress and log in the job, Cancel as the launcher's stop, its files. */
class ClusterJobTest {
    @TempDir
    Path dir;

    /** A launcher whose run reports one progress line, then waits until released (complete) or stopped (incomplete). */
    static final class FakeLauncher implements ClusterLauncher {
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean stopped;

        @Override
        public ClusterHandle launch(ClusterRequest r, RunListener listener) {
            listener.message("survey: 2 runs from " + r.input() + " on " + r.master() + " into " + r.out());
            listener.progress(new RunProgress("survey", 1, 2, 0.25, 4));
            return new ClusterHandle() {
                @Override
                public ClusterOutcome await() throws InterruptedException {
                    while (!stopped && !release.await(10, TimeUnit.MILLISECONDS)) {
                        Thread.onSpinWait();
                    }
                    return stopped ? new ClusterOutcome(ClusterOutcome.Status.INCOMPLETE, 143, "stopped in the workbench", List.of())
                            : new ClusterOutcome(ClusterOutcome.Status.COMPLETE, 0, "survey complete", List.of(r.out().resolve("survey.csv")));
                }

                @Override
                public void cancel() {
                    stopped = true;
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }

    private Workspace workspace() throws IOException {
        return Workspace.open(dir.resolve("ws"));
    }

    @Test
    void aSurveyJobShowsItsProgressAndEndsCompleteWithItsTable() throws Exception {
        Path survey = Files.writeString(dir.resolve("two.json"), "[]");
        ClusterChoice c = ClusterChoice.of(ClusterChoice.Kind.SURVEY, survey.toString(), null, "", "local[2]", "", workspace(), List.of());
        FakeLauncher launcher = new FakeLauncher();
        try (RunQueue q = new RunQueue(new RunQueueTest.FakeRunner())) {
            RunJob job = q.submitCluster(c.name(), launcher, c.request());
            assertThat(RunQueueTest.waitFor(() -> job.status() == RunJob.Status.RUNNING)).isTrue();
            assertThat(job.onCluster()).isTrue();
            assertThat(job.name()).isEqualTo("two");
            assertThat(job.lastProgress().line()).isEqualTo("survey 1/2 (50%) 0.3/s ETA 0:00:04");
            launcher.release.countDown();
            assertThat(RunQueueTest.waitFor(() -> job.status() == RunJob.Status.COMPLETE)).isTrue();
            assertThat(job.results()).containsExactly(dir.resolve("ws/results/two/survey.csv"));
            assertThat(job.log()).first().asString().startsWith("survey: 2 runs from " + survey);
            assertThat(job.log()).last().asString().isEqualTo("cluster run complete: " + dir.resolve("ws/results/two/survey.csv"));
        }
    }

    @Test
    void cancellingAClusterJobStopsItAndItEndsIncomplete() throws Exception {
        Path survey = Files.writeString(dir.resolve("two.json"), "[]");
        ClusterChoice c = ClusterChoice.of(ClusterChoice.Kind.SURVEY, survey.toString(), null, "", "", "", workspace(), List.of());
        FakeLauncher launcher = new FakeLauncher();
        try (RunQueue q = new RunQueue(new RunQueueTest.FakeRunner())) {
            RunJob job = q.submitCluster(c.name(), launcher, c.request());
            assertThat(RunQueueTest.waitFor(() -> job.status() == RunJob.Status.RUNNING)).isTrue();
            job.cancel();
            assertThat(RunQueueTest.waitFor(() -> job.status() == RunJob.Status.INCOMPLETE)).isTrue();
            assertThat(launcher.stopped).isTrue();
            assertThat(job.log()).last().asString().isEqualTo("cluster run incomplete: stopped in the workbench");
            assertThat(c.request().master()).as("an empty master field leaves unitscope-cluster's default").isNull();
        }
    }

    @Test
    void aShardedRunNeedsASavedRunAndAWholeShardCount() throws Exception {
        Workspace ws = workspace();
        Files.writeString(ws.runs().resolve("rf-test.json"), "{}");
        ClusterChoice c = ClusterChoice.of(ClusterChoice.Kind.SHARDED_RUN, "", "rf-test", "3", "local[2]", "", ws, List.of());
        assertThat(c.name()).isEqualTo("rf-test-rf");
        assertThat(c.request().kind()).isEqualTo(ClusterRequest.Kind.RF);
        assertThat(c.request().shards()).isEqualTo(3);
        assertThat(c.request().input()).isEqualTo(ws.runs().resolve("rf-test.json"));
        assertThat(c.request().out()).isEqualTo(ws.results().resolve("rf-test-rf"));
        assertThatThrownBy(() -> ClusterChoice.of(ClusterChoice.Kind.SHARDED_RUN, "", "rf-test", "two", "", "", ws, List.of()))
                .hasMessage("shards: 'two' is not a whole number");
        assertThatThrownBy(() -> ClusterChoice.of(ClusterChoice.Kind.SHARDED_RUN, "", "rf-test", "0", "", "", ws, List.of()))
                .hasMessage("shards: 0; allowed: >= 1");
        assertThatThrownBy(() -> ClusterChoice.of(ClusterChoice.Kind.SURVEY, dir.resolve("none.json").toString(), null, "", "", "", ws, List.of()))
                .hasMessage("survey file: " + dir.resolve("none.json") + " does not exist");
    }

    @Test
    void theRunsOfAClusterRunAreListedOneLevelDownInTheWorkspace() throws Exception {
        Workspace ws = workspace();
        for (String run : List.of("local", "survey/dog", "survey/simple", "sharded-rf/run")) {
            Files.createDirectories(ws.results().resolve(run));
            Files.writeString(ws.results().resolve(run).resolve("units.csv"), "layer,channel\n");
        }
        Files.createDirectories(ws.results().resolve("local/.next"));
        Files.writeString(ws.results().resolve("local/.next/units.csv"), "layer,channel\n");
        assertThat(ws.finishedRuns()).containsExactly("local", "sharded-rf/run", "survey/dog", "survey/simple");
    }
}
