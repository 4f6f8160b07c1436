package org.unitscope.engine.internal;

import java.util.List;
import org.unitscope.api.Parameters;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.engine.internal.catalog.Provided;

/** A run description bound (prediction: null when the run has none) to the services present, with every parameter checked and defaulted. */
record ResolvedRun(RunDescription description, Provided<ModelBackend> model, Parameters modelParameters,
        Provided<StimulusSet> stimulus, Parameters stimulusParameters, List<Provided<TuningMetric>> metrics,
        List<Parameters> metricParameters, List<Provided<ReceptiveFieldEstimator>> estimators, List<Parameters> estimatorParameters,
        Provided<StimulusSet> prediction, Parameters predictionParameters) {

    /** Whether the run uses the service of that directory entry. */
    boolean uses(ServiceEntry e) {
        return model.is(e) || stimulus.is(e) || metrics.stream().anyMatch(m -> m.is(e)) || estimators.stream().anyMatch(m -> m.is(e))
                || prediction != null && prediction.is(e);
    }
}
