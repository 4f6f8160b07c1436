package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.Parameters;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.catalog.ServiceKind;

/** Binds a description to services; a missing service or a bad parameter fails here, before any work. */
final class RunResolver {
    private final ServiceCatalog catalog;

    @Inject
    RunResolver(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    ResolvedRun resolve(RunDescription d) {
        Provided<ModelBackend> model = catalog.require(ServiceKind.MODEL, d.model().id());
        Provided<StimulusSet> stimulus = catalog.require(ServiceKind.STIMULUS, d.stimulus().id());
        List<Provided<TuningMetric>> metrics = new ArrayList<>();
        List<Parameters> metricParameters = new ArrayList<>();
        for (ComponentRef m : d.metrics()) {
            Provided<TuningMetric> p = catalog.require(ServiceKind.METRIC, m.id());
            metrics.add(p);
            metricParameters.add(Parameters.resolve(p.service().info(), m.parameters()));
        }
        List<Provided<ReceptiveFieldEstimator>> estimators = new ArrayList<>();
        List<Parameters> estimatorParameters = new ArrayList<>();
        for (ComponentRef e : d.estimators()) {
            Provided<ReceptiveFieldEstimator> p = catalog.require(ServiceKind.ESTIMATOR, e.id());
            estimators.add(p);
            estimatorParameters.add(Parameters.resolve(p.service().info(), e.parameters()));
        }
        Provided<StimulusSet> prediction = d.prediction() == null ? null : catalog.require(ServiceKind.STIMULUS, d.prediction().id());
        Parameters predictionParameters = prediction == null ? null
                : Parameters.resolve(prediction.service().info(), d.prediction().parameters());
        return new ResolvedRun(d, model, Parameters.resolve(model.service().info(), d.model().parameters()), stimulus,
                Parameters.resolve(stimulus.service().info(), d.stimulus().parameters()), metrics, metricParameters,
                estimators, estimatorParameters, prediction, predictionParameters);
    }
}
