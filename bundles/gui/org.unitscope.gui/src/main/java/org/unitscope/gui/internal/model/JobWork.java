package org.unitscope.gui.internal.model;

import java.nio.file.Path;
import java.util.List;
import org.unitscope.api.run.RunListener;

/**
 * What a job of the queue runs: a local run through the engine, or a cluster run (unitscope-cluster as a child
 * process). Both report to the job as a {@link RunListener}, so the progress view shows them alike.
 */
public interface JobWork {

    /** Starts the work on the queue's thread; the listener hears its progress and messages. */
    Started start(RunListener listener);

    /** Work in progress. */
    interface Started {
        void cancel(String reason);

        End await() throws InterruptedException;
    }

    /**
     * How it ended: its status, the log lines that say so, and the files it wrote (for a cluster run: survey.csv and
     * survey.json, or the sharded run's folder and rf-cluster.json).
     */
    record End(RunJob.Status status, List<String> lines, List<Path> results) {
        public End {
            lines = List.copyOf(lines);
            results = List.copyOf(results);
        }
    }
}
