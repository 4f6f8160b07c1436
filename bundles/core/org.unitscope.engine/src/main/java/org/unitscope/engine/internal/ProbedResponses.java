package org.unitscope.engine.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.stage.Phase;
import org.unitscope.engine.internal.probe.ProbePartFolder;

/**
 * The responses of a run whose probe was split across shards: every layer's rows read from the probe-part files of a
 * folder (written by {@link ProbePartRun}s of the same work) instead of from forward passes. Refuses, naming the file,
 * files of other work, gaps and overlaps in their stimulus ranges, and damaged or truncated files.
 */
final class ProbedResponses {
    private ProbedResponses() {
    }

    /** Fills the response tables and the failed stimuli; returns the phase, for its time. */
    static Phase fill(RunContext context, OpenedRun o, Path folder) throws IOException {
        List<LayerResponses> layers = context.layerResponses();
        String key = ProbeKey.of(context.description(), o, layers);
        int count = o.sequence().count();
        Phase phase = context.phase("probe (from probe parts)", count);
        try (ProbePartFolder parts = ProbePartFolder.open(folder, key, count)) {
            Map<Integer, String> failures = parts.read((first, rows, values) -> {
                for (int l = 0; l < layers.size(); l++) {
                    layers.get(l).put(first, rows, values[l]);
                }
                context.probed(first + rows);
                phase.done(first + rows);
            });
            context.failed(failures);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("folder", folder.toString());
            m.put("files", parts.names());
            m.put("key", key);
            context.manifest("responses_from_probe_parts", m);
            context.listener().message("probe: the responses of " + count + " stimuli read from " + parts.names().size()
                    + " probe-part file(s) in " + folder + "; 0 stimuli through the network");
        }
        context.probed(count);
        return phase;
    }
}
