package org.unitscope.engine.internal;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.catalog.ServiceCatalog;

/**
 * Binds a description to services; a missing service or a bad parameter (wrong type, outside its declared range or
 * choices, or rejected by the service's own cross-parameter check) fails here, before any model loads.
 */
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
            metricParameters.add(checked(p, m.parameters()));
        }
        List<Provided<ReceptiveFieldEstimator>> estimators = new ArrayList<>();
        List<Parameters> estimatorParameters = new ArrayList<>();
        for (ComponentRef e : d.estimators()) {
            Provided<ReceptiveFieldEstimator> p = catalog.require(ServiceKind.ESTIMATOR, e.id());
            estimators.add(p);
            estimatorParameters.add(checked(p, e.parameters()));
        }
        Provided<StimulusSet> prediction = d.prediction() == null ? null : catalog.require(ServiceKind.STIMULUS, d.prediction().id());
        Parameters predictionParameters = prediction == null ? null
                : checked(prediction, d.prediction().parameters());
        return new ResolvedRun(d, model, checked(model, d.model().parameters()), stimulus,
                checked(stimulus, d.stimulus().parameters()), metrics, metricParameters,
                estimators, estimatorParameters, prediction, predictionParameters);
    }

    private static Parameters checked(Provided<? extends Described> p, java.util.Map<String, ?> raw) {
        Parameters parameters = Parameters.resolve(p.entry().info(), raw);
        p.service().validate(parameters);
        return parameters;
    }
}
