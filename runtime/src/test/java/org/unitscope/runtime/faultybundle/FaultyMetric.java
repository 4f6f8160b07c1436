package org.unitscope.runtime.faultybundle;

import java.util.List;
import java.util.Map;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;

/**
 * A metric that never returns (it spins and ignores interrupts, like a native call) or one that throws. Each says on
 * stderr when it starts computing, so a test can act while it is inside the call.
 */
public final class FaultyMetric implements TuningMetric {
    public static final String HANGS = "test-hangs";
    public static final String THROWS = "test-throws";
    private final String id;

    FaultyMetric(String id) {
        this.id = id;
    }

    @Override
    public ServiceInfo info() {
        return new ServiceInfo(id, "1.0", "a faulty metric for tests", List.of());
    }

    @Override
    public List<String> requiredLabels() {
        return List.of();
    }

    @Override
    public MetricResult compute(ResponseTable responses, Parameters parameters) {
        System.err.println(id + ": computing");
        System.err.flush();
        if (id.equals(THROWS)) {
            throw new IllegalStateException("kaput");
        }
        long end = System.nanoTime() + 600_000_000_000L;
        double x = 0;
        while (System.nanoTime() < end) {
            x += Math.sqrt(x + 1); // busy, deaf to interrupts
        }
        return new MetricResult(Map.of(), Map.of(), List.of(), "never " + x);
    }
}
