package org.unitscope.engine.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.RfSharding;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stage.Phase;
import org.unitscope.engine.internal.probe.ProbePartWriter;

/**
 * The probe phase of a sharded reverse correlation ({@link RfSharding.Mode#PROBE}): only the stimuli of one part's
 * blocks go through the network, in the single run's batches (batches start at multiples of the batch size from
 * stimulus 0, so a part whose blocks do not start at a batch boundary probes that batch whole and keeps its own rows):
 * the activations are those of the single run, bit for bit. They go straight to the part's file, batch by batch.
 */
final class ProbePartRun {
    /** Test hook (cluster tests): a probe part whose batches hold this stimulus fails as one whose forward pass throws. */
    static final String FAIL_PROPERTY = "unitscope.test.rfProbeFailsAt";

    /** One batch of the single run: rendered and probed, activations per layer. */
    @FunctionalInterface
    interface Batch {
        Map<String, float[]> probe(int first, int n);
    }

    private final RunContext context;

    ProbePartRun(RunContext context) {
        this.context = context;
    }

    void run(OpenedRun o, Batch batch) throws IOException {
        RunDescription d = context.description();
        RfSharding s = d.rf().sharding();
        int count = o.sequence().count();
        int[] range = range(d, count);
        int from = range[0];
        int to = range[1];
        String part = String.format(Locale.ROOT, "rf probe part %d of %d (%s)", s.part(), s.parts(), describe(range, count));
        List<LayerResponses> layers = context.layerResponses();
        int start = from == to ? to : from / o.batchSize() * o.batchSize(); // an empty part probes nothing
        // the last batch may run past the part's end: the single run's batch is probed whole
        long end = Math.min(count, (to + (long) o.batchSize() - 1) / o.batchSize() * o.batchSize());
        Phase phase = context.phase("probe part " + s.part() + "/" + s.parts(), Math.max(0, end - start));
        context.listener().message(part + ": probing into " + s.path());
        int at = start;
        try (ProbePartWriter w = new ProbePartWriter(s.path(), ProbeKey.header(ProbeKey.of(d, o, layers), o, layers, from, to))) {
            while (at < to && !context.stopRequested()) {
                int n = Math.min(o.batchSize(), count - at);
                Map<String, float[]> act = probe(batch, part, at, n);
                int lo = Math.max(at, from);
                int hi = Math.min(at + n, to);
                List<float[]> rows = new ArrayList<>();
                for (LayerResponses r : layers) {
                    float[] all = act.get(r.layer);
                    rows.add(java.util.Arrays.copyOfRange(all, (lo - at) * r.units, (hi - at) * r.units));
                }
                w.write(lo, hi - lo, rows);
                at += n;
                phase.done(at - start);
            }
            if (at < to) {
                return; // stopped: the engine ends the run as incomplete, and no file is left
            }
            w.commit(o.sequence().failures());
        }
        record(s, range, at - start, phase.seconds());
        context.listener().message(String.format(Locale.ROOT, "%s: %d stimuli through the network (%d kept) -> %s", part,
                at - start, to - from, s.path()));
    }

    /** Stimuli from .. to - 1 of the part's blocks. */
    private static int[] range(RunDescription d, int count) {
        int size = d.rf().blockSize();
        if (size == 0) {
            throw new UnitscopeException("a probe part probes the stimuli of some blocks: give 'receptiveField.blockSize' in the run"
                    + " description (stimuli per block, a multiple of batchSize, e.g. 10000)");
        }
        int blocks = (int) ((count + (long) size - 1) / size);
        RfSharding s = d.rf().sharding();
        int fromBlock = s.fromBlock(blocks);
        int toBlock = s.toBlock(blocks);
        return new int[] {(int) Math.min(count, (long) fromBlock * size), (int) Math.min(count, (long) toBlock * size), fromBlock,
            toBlock, blocks};
    }

    private static String describe(int[] range, int count) {
        return range[2] == range[3] ? "no block of " + range[4] : String.format(Locale.ROOT, "blocks %d..%d, stimuli %d..%d",
                range[2], range[3] - 1, range[0], range[1] - 1);
    }

    /** A batch through the network; a failure names the part, its blocks and the batch's stimuli. */
    private static Map<String, float[]> probe(Batch batch, String part, int first, int n) {
        try {
            failForTest(first, n);
            return batch.probe(first, n);
        } catch (RuntimeException e) {
            if (e instanceof java.util.concurrent.CancellationException) {
                throw e;
            }
            throw new UnitscopeException(String.format(Locale.ROOT, "%s failed in the batch of stimuli %d..%d: %s", part, first,
                    first + n - 1, e.getMessage()), e);
        }
    }

    private static void failForTest(int first, int n) {
        Integer bad = Integer.getInteger(FAIL_PROPERTY);
        if (bad != null && bad >= first && bad < first + n) {
            throw new UnitscopeException("stimulus " + bad + " cannot be probed (" + FAIL_PROPERTY + ")");
        }
    }

    private void record(RfSharding s, int[] range, int forwarded, double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", s.part());
        m.put("parts", s.parts());
        m.put("blocks", List.of(range[2], range[3]));
        m.put("stimuli", List.of(range[0], range[1]));
        m.put("file", s.path().toString());
        context.manifest("probe_part", m);
        context.manifest("stimuli_forwarded", forwarded);
        context.time("probe", seconds);
    }
}
