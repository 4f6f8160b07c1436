package ${package};

import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stage.StoredResponses;

/**
 * Run stage '${serviceId}': after the tuning metrics, lists for every unit the {@code top} stimuli it responded to
 * most (index, response and the stimulus' labels) in {@code ${serviceId}.csv}, written atomically through the run's
 * result sink and listed in its manifest. A stage takes part in every run it {@link #appliesTo}; one instance serves
 * every run, so it keeps nothing of a run in fields. A stage has no run parameters: its settings are a Declarative
 * Services component property type, {@link Config} (defaults there; a configuration with PID
 * ${package}.${className}Stage overrides them), handed to {@link #activate}.
 */
@Component(service = RunStage.class)
public class ${className}Stage implements RunStage {

    /** The settings, declared once: names, types, defaults and docs. */
    @ObjectClassDefinition(name = "${serviceId}: every unit's strongest stimuli")
    public @interface Config {
        @AttributeDefinition(description = "stimuli listed per unit", min = "1")
        int top() default 3;

        @AttributeDefinition(description = "position in the run: after the metrics (200), before receptive fields (300)")
        int order() default RunStage.METRICS + 50;
    }

    /** The settings as checked values (Declarative Services does not check the declared limits). */
    record Settings(int top, int order) {
        static Settings of(Config c) {
            if (c.top() < 1) {
                throw new IllegalArgumentException("${serviceId}: 'top' must be >= 1, not " + c.top());
            }
            return new Settings(c.top(), c.order());
        }
    }

    private volatile Settings settings = new Settings(3, METRICS + 50);

    @Activate
    void activate(Config config) {
        settings = Settings.of(config);
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
