package org.unitscope.stage.rf.internal;

import java.util.Set;
import java.util.TreeSet;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stage.ResolvedService;
import org.unitscope.api.stage.StageContext;

/**
 * What a shard's block sums are sums of, in one line: a fold takes a shard's file only when its key is the fold's own
 * (same network and weights, layers, readout, stimuli, seed, batch size, patches, estimators, block size, failed
 * stimuli and split of the units into passes). Metrics and the prediction are left out: they do not touch the sums.
 */
final class ShardKey {
    private ShardKey() {
    }

    static String of(StageContext context, RfPlan plan, String[] layers, String[] estimators, int stimuli, Set<Integer> failures) {
        RunDescription d = context.description();
        StringBuilder b = new StringBuilder();
        b.append("model ").append(d.model()).append("; layers ").append(d.layers()).append("; readout ").append(d.readout())
                .append("; stimulus ").append(d.stimulus()).append(" (").append(stimuli).append(" stimuli); seed ").append(d.seed())
                .append("; batch ").append(context.batchSize()).append("; grid ").append(d.rf().grid())
                .append(d.rf().poolChannels() ? " mean" : " all").append("; block ").append(d.rf().blockSize())
                .append("; estimators");
        for (ResolvedService<?> e : context.estimators()) {
            b.append(' ').append(e.id()).append(' ').append(e.version()).append(' ').append(e.parameters().asMap());
        }
        b.append("; failed ").append(new TreeSet<>(failures)).append("; passes");
        for (java.util.List<RfPlan.Item> pass : plan.passes()) {
            b.append(" [");
            for (RfPlan.Item i : pass) {
                b.append(layers[i.layer()]).append('/').append(estimators[i.estimator()]).append('[').append(i.from()).append(',')
                        .append(i.to()).append(')');
            }
            b.append(']');
        }
        return b.toString();
    }
}
