package org.unitscope.engine.internal;

import java.util.List;
import org.unitscope.api.run.RunDescription;
import org.unitscope.engine.internal.probe.ProbePartHeader;

/**
 * What a probe part's activations are activations of, in one line: a run takes a probe-part file only when its key is
 * the run's own (the model with its weights' hash, the layers with their units, the readout, the stimulus set with its
 * count and seed, the batch size and the block size). Metrics and estimators are left out: they do not touch the probe.
 */
final class ProbeKey {
    private ProbeKey() {
    }

    static String of(RunDescription d, OpenedRun o, List<LayerResponses> layers) {
        StringBuilder b = new StringBuilder();
        b.append("model ").append(d.model()).append(" (weights sha256 ").append(o.description().weightsSha256()).append("); layers");
        for (LayerResponses r : layers) {
            b.append(' ').append(r.layer).append('/').append(r.units);
        }
        b.append("; readout ").append(d.readout()).append("; stimulus ").append(d.stimulus()).append(" (")
                .append(o.sequence().count()).append(" stimuli); seed ").append(d.seed()).append("; batch ").append(o.batchSize())
                .append("; block ").append(d.rf().blockSize());
        return b.toString();
    }

    /** The header of a probe part of stimuli from .. to - 1 of this run. */
    static ProbePartHeader header(String key, OpenedRun o, List<LayerResponses> layers, int from, int to) {
        return new ProbePartHeader(key, o.sequence().count(), from, to, layers.stream().map(r -> r.layer).toList(),
                layers.stream().mapToInt(r -> r.units).toArray());
    }
}
