package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import org.unitscope.api.stage.Key;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.engine.internal.results.ResultWriter;

/** units.csv, curves.npz, responses.npz, summary.txt (every stage's summary lines) and summary.json. */
final class WriteStage implements RunStage {
    /** Present once the complete results are written: an incomplete exit after it leaves them as they are. */
    static final Key<Boolean> WRITTEN = Key.of("written", Boolean.class);
    /** The file being written when a stop came: it and those after it were not written (the run ends incomplete). */
    static final Key<String> STOPPED_AT = Key.of("write.stoppedAt", String.class);

    private final RunContext context;
    private final ResultWriter writer;

    @Inject
    WriteStage(RunContext context, ResultWriter writer) {
        this.context = context;
        this.writer = writer;
    }

    @Override
    public String id() {
        return "write";
    }

    @Override
    public int order() {
        return WRITE;
    }

    @Override
    public void run(StageContext ignored) throws IOException {
        long t0 = System.nanoTime();
        context.listener().message("writing the results");
        MetricsStage.LayerResults results = context.get(MetricsStage.RESULTS)
                .orElseThrow(() -> new IllegalStateException("no metric results to write"));
        // a stop gives up the file being written: seconds of compression must not hold it up
        StoppableSink sink = new StoppableSink(context.results(), context::stopRequested);
        try {
            writer.write(sink, results.layers(), context.opened().labels(), context.summaries());
        } catch (IOException e) {
            if (sink.stoppedAt() != null) {
                context.put(STOPPED_AT, sink.stoppedAt());
            }
            throw e;
        }
        context.put(WRITTEN, true);
        context.time("write", (System.nanoTime() - t0) / 1e9);
    }
}
