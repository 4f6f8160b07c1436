package org.unitscope.gui.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.unitscope.api.cluster.ClusterLauncher;
import org.unitscope.api.cluster.ClusterRequest;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.RunDescription;

/** Runs queued descriptions (and cluster runs) one at a time on a thread of its own, never on the caller's (the event thread). */
public final class RunQueue implements AutoCloseable {
    private final AnalysisRunner runner;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "unitscope-gui-runs");
        t.setDaemon(true);
        return t;
    });
    private final List<RunJob> jobs = new ArrayList<>();

    public RunQueue(AnalysisRunner runner) {
        this.runner = runner;
    }

    /** Queues a run; it starts when those before it have ended. */
    public RunJob submit(RunDescription description, Path output) {
        return submit(description.name(), new LocalRun(runner, description, output), output);
    }

    /** Queues a survey or a sharded run on the cluster (unitscope-cluster, a child process), like a local run. */
    public RunJob submitCluster(String name, ClusterLauncher launcher, ClusterRequest request) {
        return submit(name, new ClusterRun(launcher, request), request.out());
    }

    private synchronized RunJob submit(String name, JobWork work, Path output) {
        RunJob job = new RunJob(jobs.size() + 1, name, work, output);
        jobs.add(job);
        worker.execute(() -> execute(job));
        return job;
    }

    public synchronized List<RunJob> jobs() {
        return List.copyOf(jobs);
    }

    private void execute(RunJob job) {
        if (!job.claim()) {
            return;
        }
        try {
            JobWork.Started h = job.work().start(job);
            job.started(h);
            job.finished(h.await());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.failed("interrupted");
        } catch (RuntimeException e) {
            job.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** Cancels every job and waits a little for the running one to write what it has. */
    @Override
    public void close() {
        jobs().forEach(RunJob::cancel);
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
