package org.unitscope.shell.internal.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.cluster.ClusterOutcome;
import org.unitscope.api.cluster.ClusterRequest;

/**
 * How a unitscope-cluster process ended, from its exit code (0 complete, 1 failed, 2 usage, 3 incomplete), whether the
 * workbench stopped it (SIGTERM: the JVM then exits 143, its runs marked incomplete) and what it printed last.
 */
final class Verdict {
    private Verdict() {
    }

    static ClusterOutcome of(ClusterRequest r, int exitCode, boolean stopped, String lastOut, String lastErr) {
        List<Path> files = results(r);
        if (stopped && exitCode != 0) {
            return new ClusterOutcome(ClusterOutcome.Status.INCOMPLETE, exitCode,
                    "stopped in the workbench (SIGTERM to unitscope-cluster, exit " + exitCode + "); what was done is marked incomplete", files);
        }
        return switch (exitCode) {
            case 0 -> new ClusterOutcome(ClusterOutcome.Status.COMPLETE, 0, orElse(lastOut, "complete"), files);
            case 3 -> new ClusterOutcome(ClusterOutcome.Status.INCOMPLETE, 3, orElse(lastErr, "a run is incomplete"), files);
            case 2 -> new ClusterOutcome(ClusterOutcome.Status.FAILED, 2, "usage: " + orElse(lastErr, "unitscope-cluster refused its arguments"), files);
            default -> new ClusterOutcome(ClusterOutcome.Status.FAILED, exitCode,
                    orElse(lastErr, "unitscope-cluster ended with exit code " + exitCode), files);
        };
    }

    /** The files a cluster run writes, those present: survey.csv and survey.json, or run/ and rf-cluster.json. */
    static List<Path> results(ClusterRequest r) {
        Path out = r.out().toAbsolutePath();
        List<Path> candidates = r.kind() == ClusterRequest.Kind.SURVEY
                ? List.of(out.resolve("survey.csv"), out.resolve("survey.json"))
                : List.of(out.resolve("run"), out.resolve("rf-cluster.json"));
        List<Path> present = new ArrayList<>();
        for (Path p : candidates) {
            if (Files.exists(p)) {
                present.add(p);
            }
        }
        return present;
    }

    private static String orElse(String line, String fallback) {
        return line == null || line.isBlank() ? fallback : line;
    }
}
