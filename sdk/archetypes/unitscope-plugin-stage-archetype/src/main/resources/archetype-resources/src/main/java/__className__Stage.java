package ${package};

import java.io.IOException;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stage.StoredResponses;

/**
 * Run stage '${serviceId}': after the tuning metrics, lists for every unit the {@code top} stimuli it responded to
 * most (index, response and the stimulus' labels) in {@code ${serviceId}.csv}, written atomically through the run's
 * result sink and listed in its manifest. A stage takes part in every run it {@link #appliesTo}; one instance serves
 * every run, so it keeps nothing of a run in fields. Its settings are component properties (defaults below; a
 * configuration with PID ${package}.${className}Stage overrides them).
 */
@Component(service = RunStage.class, property = {"top:Integer=3", "order:Integer=250"})
public class ${className}Stage implements RunStage {
    /** The settings, read in one place. */
    record Settings(int top, int order) {
        static Settings from(Map<String, Object> properties) {
            int top = ((Number) properties.getOrDefault("top", 3)).intValue();
            int order = ((Number) properties.getOrDefault("order", METRICS + 50)).intValue();
            if (top < 1) {
                throw new IllegalArgumentException("${serviceId}: 'top' must be >= 1, not " + top);
            }
            return new Settings(top, order);
        }
    }

    private volatile Settings settings = new Settings(3, METRICS + 50);

    @Activate
    void activate(Map<String, Object> properties) {
        settings = Settings.from(properties);
    }

    @Override
    public String id() {
        return "${serviceId}";
    }

    @Override
    public int order() {
        return settings.order();
    }

    @Override
    public void run(StageContext context) throws IOException {
        StoredResponses stored = context.responses();
        TopStimuli table = new TopStimuli(context.stimuli().labels());
        for (LayerActivations layer : stored.layers()) {
            if (context.stopRequested()) {
                return;
            }
            table.add(layer, stored.stimuli(), settings.top(), stored.failed());
        }
        context.results().writeString("${serviceId}.csv", table.csv());
        context.summary("${serviceId}: the " + settings.top() + " strongest stimuli of every unit in ${serviceId}.csv");
    }
}
