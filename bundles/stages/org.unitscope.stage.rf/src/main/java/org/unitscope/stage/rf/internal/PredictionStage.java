package org.unitscope.stage.rf.internal;

import java.io.IOException;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stage.ResolvedService;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stage.StageContext;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/** The prediction test after reverse correlation: do the rebuilt receptive fields explain the units' tuning? */
@Component(service = RunStage.class)
public class PredictionStage implements RunStage {

    @Override
    public String id() {
        return "prediction";
    }

    @Override
    public int order() {
        return PREDICTION;
    }

    @Override
    public boolean appliesTo(RunDescription run) {
        return !run.estimators().isEmpty() && run.prediction() != null;
    }

    @Override
    public void run(StageContext context) throws IOException {
        ReceptiveFieldStage.ReceptiveFields rfs = context.get(ReceptiveFieldStage.RESULT)
                .orElseThrow(() -> new IllegalStateException("no receptive fields to predict from"));
        ResolvedService<StimulusSet> stimuli = context.prediction().orElseThrow();
        context.listener().message("prediction: the units and their rebuilt receptive fields see the stimuli of '" + stimuli.id() + "'");
        TuningPrediction.Result result;
        try (StimulusSequence gratings = stimuli.service().open(stimuli.parameters(), context.format(), context.description().seed())) {
            result = TuningPrediction.run(context, gratings, stimuli.id(), rfs.layers(), rfs.geometries(), rfs.byLayer());
        }
        if (result == null) {
            return; // stopped: the engine ends the run as incomplete
        }
        context.time("prediction", result.seconds());
        context.manifest("prediction_stimuli", result.stimuli());
        result.layers().forEach(r -> context.summary(TuningPrediction.line(r)));
        RfOutputs.writePrediction(context.results(), result);
    }
}
