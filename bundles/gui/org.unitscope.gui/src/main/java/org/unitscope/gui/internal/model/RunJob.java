package org.unitscope.gui.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;
import org.unitscope.api.run.RunProgress;

/**
 * One run of the queue: its description and folder, and what its listener heard (the latest progress, the log). The
 * run thread writes, the progress view reads snapshots: every access is synchronized and quick.
 */
public final class RunJob implements RunListener {

    /** Where a job stands. */
    public enum Status { QUEUED, RUNNING, COMPLETE, INCOMPLETE, FAILED, CANCELLED }

    private final int number;
    private final RunDescription description;
    private final Path output;
    private final List<String> log = new ArrayList<>();
    private Status status = Status.QUEUED;
    private RunProgress progress;
    private RunHandle handle;
    private boolean cancelRequested;

    RunJob(int number, RunDescription description, Path output) {
        this.number = number;
        this.description = description;
        this.output = output;
    }

    public int number() {
        return number;
    }

    public RunDescription description() {
        return description;
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

    synchronized boolean started(RunHandle h) {
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

    synchronized void finished(RunOutcome o) {
        handle = null;
        status = switch (o.status()) {
            case COMPLETE -> Status.COMPLETE;
            case INCOMPLETE -> Status.INCOMPLETE;
            default -> Status.FAILED;
        };
        log.addAll(o.layerSummaries());
        log.add(switch (o.status()) {
            case COMPLETE -> "results: " + output;
            case INCOMPLETE -> "run stopped, " + o.message() + "; partial results (marked incomplete): " + output;
            default -> "run failed: " + o.message();
        });
    }

    synchronized void failed(String message) {
        handle = null;
        status = Status.FAILED;
        log.add("run failed: " + message);
    }
}
