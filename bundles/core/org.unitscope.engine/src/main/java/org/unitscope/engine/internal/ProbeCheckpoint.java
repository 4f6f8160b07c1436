package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.stage.ResponseStore;
import org.unitscope.engine.internal.checkpoint.CheckpointIdentity;
import org.unitscope.engine.internal.checkpoint.CheckpointInterval;
import org.unitscope.engine.internal.checkpoint.RunCheckpoints;

/**
 * The probe's side of checkpoints: before the first batch it reads back the rows an interrupted run stored (so probing
 * continues at the next batch, with the same batches); as it goes it appends the new rows at the
 * {@link CheckpointInterval}; at the end of the pass, or when stopped, it appends what is left.
 */
final class ProbeCheckpoint {
    private final RunContext context;
    private final Resumption resumption;
    private final RunCheckpoints checkpoints;
    private final CheckpointInterval interval = CheckpointInterval.fromSystem();
    private final Map<String, Object> resumed = new LinkedHashMap<>();
    private int saved;

    @Inject
    ProbeCheckpoint(RunContext context, Resumption resumption, RunCheckpoints checkpoints) {
        this.context = context;
        this.resumption = resumption;
        this.checkpoints = checkpoints;
    }

    /** The first row to probe: 0, or the rows read back from the interrupted run's chunks. */
    int restore(OpenedRun o) throws IOException {
        boolean stored = checkpoints.begin(identity(o), resumption.resuming());
        if (resumption.resuming()) {
            resumed.put("at", Instant.now().toString());
            resumed.put("interrupted_run_started", resumption.previousStarted());
            resumed.put("interrupted_run_status", resumption.previousStatus());
            context.manifest("resumed", resumed);
        }
        if (!stored) {
            return 0;
        }
        List<LayerResponses> layers = context.layerResponses();
        saved = checkpoints.chunks().restore(units(), o.batchSize(), o.sequence().count(), c -> {
            for (int l = 0; l < layers.size(); l++) {
                layers.get(l).put(c.first(), c.rows(), c.layers()[l]);
            }
            context.failed(c.failures());
        });
        context.probed(saved);
        resumed.put("stimuli_from_checkpoints", saved);
        checkpoints.stages().onOpen(n -> resumed.put("stage_checkpoints_read", n));
        context.listener().message("resuming: " + saved + " of " + o.sequence().count() + " stimuli read back from " + checkpoints.dir());
        return saved;
    }

    /** After a batch: appends the rows since the last chunk when the interval has passed. */
    void batchDone(int done) throws IOException {
        if (interval.due()) {
            save(done);
        }
    }

    /**
     * Appends every row probed since the last chunk, in chunks of at most {@value #CHUNK_BYTES} bytes (whole batches,
     * at least one): a resume reads a chunk into the heap, and a spilled run's rows may be far more than the heap holds.
     */
    void save(int done) throws IOException {
        List<LayerResponses> layers = context.layerResponses();
        ResponseStore[] stores = layers.stream().map(LayerResponses::store)
                .toArray(ResponseStore[]::new);
        int step = chunkRows(context.opened().batchSize(), stores);
        while (saved < done) {
            int end = (int) Math.min(done, (long) saved + step);
            checkpoints.chunks().write(saved, end, stores, context.opened().sequence().failures());
            saved = end;
        }
    }

    /** The most bytes of rows in one chunk. */
    static final long CHUNK_BYTES = 256L << 20;

    /** Rows per chunk: whole batches of at most {@link #CHUNK_BYTES}, at least one batch. */
    static int chunkRows(int batchSize, ResponseStore[] stores) {
        long rowBytes = 0;
        for (ResponseStore s : stores) {
            rowBytes += (long) s.units() * Float.BYTES;
        }
        long batches = Math.max(1, CHUNK_BYTES / Math.max(1, rowBytes * batchSize));
        return (int) Math.min(Integer.MAX_VALUE, batches * batchSize);
    }

    private int[] units() {
        return context.layerResponses().stream().mapToInt(r -> r.units).toArray();
    }

    private CheckpointIdentity identity(OpenedRun o) {
        Map<String, Integer> layers = new LinkedHashMap<>();
        context.layerResponses().forEach(r -> layers.put(r.layer, r.units));
        return new CheckpointIdentity(o.description().weightsSha256(), context.description().seed(), o.batchSize(),
                o.sequence().count(), layers);
    }
}
