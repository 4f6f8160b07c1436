package org.unitscope.api.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * How a cluster run ended: its status, the process's exit code, a one-line message (the reason when it did not
 * complete) and the files it wrote that exist (survey.csv and survey.json, or the run's folder and rf-cluster.json).
 */
public record ClusterOutcome(Status status, int exitCode, String message, List<Path> results) {

    /** Complete (exit 0), incomplete (exit 3, or stopped), failed (any other exit). */
    public enum Status { COMPLETE, INCOMPLETE, FAILED }

    public ClusterOutcome {
        results = List.copyOf(results);
    }
}
