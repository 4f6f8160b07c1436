package org.unitscope.gui.internal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunOutcome;

/** A run of the engine in this JVM, as a job's work. */
record LocalRun(AnalysisRunner runner, RunDescription description, Path output) implements JobWork {

    @Override
    public Started start(RunListener listener) {
        RunHandle h = runner.start(description, output, listener);
        return new Started() {
            @Override
            public void cancel(String reason) {
                h.cancel(reason);
            }

            @Override
            public End await() throws InterruptedException {
                return end(h.await(), output);
            }
        };
    }

    static End end(RunOutcome o, Path output) {
        List<String> lines = new ArrayList<>(o.layerSummaries());
        lines.add(switch (o.status()) {
            case COMPLETE -> "results: " + output;
            case INCOMPLETE -> "run stopped, " + o.message() + "; partial results (marked incomplete): " + output;
            default -> "run failed: " + o.message();
        });
        RunJob.Status s = switch (o.status()) {
            case COMPLETE -> RunJob.Status.COMPLETE;
            case INCOMPLETE -> RunJob.Status.INCOMPLETE;
            default -> RunJob.Status.FAILED;
        };
        return new End(s, lines, List.of(output));
    }
}
