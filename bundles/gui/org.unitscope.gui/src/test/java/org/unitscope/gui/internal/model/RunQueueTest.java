package org.unitscope.gui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.run.RunProgress;

class RunQueueTest {

    /** A runner whose runs report progress, then wait until released or cancelled. */
    static final class FakeRunner implements AnalysisRunner {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();

        @Override
        public RunDescription parse(String json) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toJson(RunDescription description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RunHandle resume(Path out, RunListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void check(RunDescription description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RunHandle start(RunDescription d, Path out, RunListener listener, ExistingResults existing) {
            started.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            CountDownLatch cancelled = new CountDownLatch(1);
            listener.progress(new RunProgress("probe", 3, 10, 30, 0.2));
            listener.message("opened " + d.name());
            return new RunHandle() {
                @Override
                public RunOutcome await() throws InterruptedException {
                    while (release.getCount() > 0 && cancelled.getCount() > 0) {
                        release.await(10, TimeUnit.MILLISECONDS);
                    }
                    running.decrementAndGet();
                    return cancelled.getCount() == 0 ? new RunOutcome(RunOutcome.Status.INCOMPLETE, out, "cancelled in the workbench", List.of())
                            : new RunOutcome(RunOutcome.Status.COMPLETE, out, "", List.of("simple: 16 units"));
                }

                @Override
                public void cancel(String reason) {
                    cancelled.countDown();
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }

    private static RunDescription run(String name) {
        return RunDescription.builder().name(name).model("m").stimulus("s").metric("x").build();
    }

    static boolean waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        for (int i = 0; i < 500 && !c.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        return c.getAsBoolean();
    }

    @Test
    void runsOneAtATimeOffTheCallersThreadAndCancels() throws Exception {
        FakeRunner runner = new FakeRunner();
        try (RunQueue q = new RunQueue(runner)) {
            RunJob a = q.submit(run("a"), Path.of("a"));
            RunJob b = q.submit(run("b"), Path.of("b"));
            RunJob c = q.submit(run("c"), Path.of("c"));
            assertThat(waitFor(() -> a.status() == RunJob.Status.RUNNING)).isTrue();
            assertThat(b.status()).isEqualTo(RunJob.Status.QUEUED);
            assertThat(a.lastProgress().line()).startsWith("probe 3/10 (30%)");
            b.cancel();
            assertThat(b.status()).isEqualTo(RunJob.Status.CANCELLED);
            a.cancel();
            assertThat(waitFor(() -> a.status() == RunJob.Status.INCOMPLETE)).isTrue();
            assertThat(a.log()).contains("opened a").anyMatch(l -> l.startsWith("run stopped, cancelled in the workbench"));
            assertThat(waitFor(() -> c.status() == RunJob.Status.RUNNING)).isTrue();
            runner.release.countDown();
            assertThat(waitFor(() -> c.status() == RunJob.Status.COMPLETE)).isTrue();
            assertThat(c.log()).containsExactly("opened c", "simple: 16 units", "results: c");
            assertThat(runner.started.get()).isEqualTo(2);
            assertThat(runner.mostAtOnce.get()).isEqualTo(1);
            assertThat(q.jobs()).containsExactly(a, b, c);
        }
    }
}
