package org.unitscope.engine.internal;

import java.util.List;
import org.unitscope.api.Parameters;
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

    boolean uses(Provided<?> p) {
        return model.service() == p.service() || stimulus.service() == p.service()
                || metrics.stream().anyMatch(m -> m.service() == p.service())
                || estimators.stream().anyMatch(e -> e.service() == p.service())
                || prediction != null && prediction.service() == p.service();
    }
}
