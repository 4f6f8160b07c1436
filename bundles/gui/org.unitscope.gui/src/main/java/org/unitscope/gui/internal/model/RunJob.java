package org.unitscope.gui.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunProgress;

/**
 * One job of the queue (a local run, or a run on the cluster): its name, work and folder, and what its listener heard (the latest progress, the log). The
 * run thread writes, the progress view reads snapshots: every access is synchronized and quick.
 */
public final class RunJob implements RunListener {

    /** Where a job stands. */
    public enum Status { QUEUED, RUNNING, COMPLETE, INCOMPLETE, FAILED, CANCELLED }

    private final int number;
    private final String name;
    private final JobWork work;
    private final Path output;
    private final List<String> log = new ArrayList<>();
    private Status status = Status.QUEUED;
    private RunProgress progress;
    private JobWork.Started handle;
    private boolean cancelRequested;
    private List<Path> results = List.of();

    RunJob(int number, String name, JobWork work, Path output) {
        this.number = number;
        this.name = name;
        this.work = work;
        this.output = output;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    JobWork work() {
        return work;
    }

    /** True for a survey or sharded run on the cluster. */
    public boolean onCluster() {
        return work instanceof ClusterRun;
    }

    /** The files the job wrote, once it ended: its results folder, or a cluster run's survey.csv, survey.json, ... */
    public synchronized List<Path> results() {
        return results;
    }

    public Path output() {
        return output;
    }

    @Override
    public synchronized void progress(RunProgress p) {
        progress = p;
    }

    @Override
    public synchronized void message(String line) {
        log.add(line);
    }

    public synchronized Status status() {
        return status;
    }

    public synchronized RunProgress lastProgress() {
        return progress;
    }

    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    public synchronized int logSize() {
        return log.size();
    }

    /** Stops the run after its current batch (it writes what it has), or drops it from the queue. */
    public synchronized void cancel() {
        cancelRequested = true;
        if (handle != null) {
            handle.cancel("cancelled in the workbench");
        } else if (status == Status.QUEUED) {
            status = Status.CANCELLED;
            log.add("cancelled before it started");
        }
    }

    synchronized boolean started(JobWork.Started h) {
        if (cancelRequested) {
            h.cancel("cancelled in the workbench");
        }
        handle = h;
        status = Status.RUNNING;
        return true;
    }

    synchronized boolean claim() {
        return status == Status.QUEUED;
    }

    synchronized void finished(JobWork.End end) {
        handle = null;
        status = end.status();
        results = end.results();
        log.addAll(end.lines());
    }

    synchronized void failed(String message) {
        handle = null;
        status = Status.FAILED;
        log.add("run failed: " + message);
    }
}
