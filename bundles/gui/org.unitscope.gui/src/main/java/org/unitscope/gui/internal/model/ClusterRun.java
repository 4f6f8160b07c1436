package org.unitscope.gui.internal.model;

import java.nio.file.Path;
import java.util.List;
import org.unitscope.api.cluster.ClusterHandle;
import org.unitscope.api.cluster.ClusterLauncher;
import org.unitscope.api.cluster.ClusterOutcome;
import org.unitscope.api.cluster.ClusterRequest;
import org.unitscope.api.run.RunListener;

/** A survey or a sharded run on Spark (unitscope-cluster as a child process), as a job's work. */
record ClusterRun(ClusterLauncher launcher, ClusterRequest request) implements JobWork {

    @Override
    public Started start(RunListener listener) {
        ClusterHandle h = launcher.launch(request, listener);
        return new Started() {
            @Override
            public void cancel(String reason) {
                h.cancel();
            }

            @Override
            public End await() throws InterruptedException {
                return end(h.await());
            }
        };
    }

    static End end(ClusterOutcome o) {
        String files = String.join(", ", o.results().stream().map(Path::toString).toList());
        return switch (o.status()) {
            case COMPLETE -> new End(RunJob.Status.COMPLETE, List.of("cluster run complete: " + files), o.results());
            case INCOMPLETE -> new End(RunJob.Status.INCOMPLETE, List.of("cluster run incomplete: " + o.message()
                    + (files.isEmpty() ? "" : "; " + files)), o.results());
            default -> new End(RunJob.Status.FAILED, List.of("cluster run failed (exit " + o.exitCode() + "): " + o.message()), o.results());
        };
    }
}
