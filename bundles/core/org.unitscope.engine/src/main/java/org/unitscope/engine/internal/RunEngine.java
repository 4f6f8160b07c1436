package org.unitscope.engine.internal;

import com.google.inject.Guice;
import java.nio.file.Path;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.unitscope.api.Described;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.stage.RunStage;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.engine.internal.catalog.Provided;
import org.unitscope.engine.internal.catalog.ServiceCatalog;
import org.unitscope.engine.internal.catalog.ServiceKind;

/**
 * The run engine as an OSGi service. DS feeds it the plugins as they come and go (dynamic references): services
 * in the catalog, run stages in the stage registry; a private Guice injector builds the engine's parts.
 */
@Component(service = AnalysisRunner.class, immediate = true)
public class RunEngine implements AnalysisRunner {
    private final ServiceCatalog catalog = new ServiceCatalog();
    private final StageRegistry stages = new StageRegistry();
    private volatile RunLauncher launcher;

    @Activate
    void activate() {
        Bundle b = FrameworkUtil.getBundle(getClass());
        EngineInfo info = new EngineInfo(b == null ? "dev" : b.getVersion().toString());
        launcher = Guice.createInjector(new EngineModule(catalog, stages, info)).getInstance(RunLauncher.class);
    }

    @Deactivate
    void deactivate() {
        launcher.shutdown("unitscope is shutting down", 30_000);
    }

    @Override
    public RunDescription parse(String json) {
        return launcher.json().parse(json);
    }

    @Override
    public String toJson(RunDescription description) {
        return launcher.json().toJson(description);
    }

    @Override
    public RunHandle start(RunDescription description, Path outputDirectory, RunListener listener) {
        return launcher.start(description, outputDirectory, listener);
    }

    private static String provider(ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        return b == null ? "?" : b.getSymbolicName() + " " + b.getVersion();
    }

    private void add(ServiceKind kind, Described s, ServiceReference<?> ref) {
        catalog.add(new Provided<>(kind, s, provider(ref)));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addModel(ModelBackend s, ServiceReference<ModelBackend> ref) {
        add(ServiceKind.MODEL, s, ref);
    }

    void removeModel(ModelBackend s) {
        catalog.remove(ServiceKind.MODEL, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addStimulus(StimulusSet s, ServiceReference<StimulusSet> ref) {
        add(ServiceKind.STIMULUS, s, ref);
    }

    void removeStimulus(StimulusSet s) {
        catalog.remove(ServiceKind.STIMULUS, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addMetric(TuningMetric s, ServiceReference<TuningMetric> ref) {
        add(ServiceKind.METRIC, s, ref);
    }

    void removeMetric(TuningMetric s) {
        catalog.remove(ServiceKind.METRIC, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addEstimator(ReceptiveFieldEstimator s, ServiceReference<ReceptiveFieldEstimator> ref) {
        add(ServiceKind.ESTIMATOR, s, ref);
    }

    void removeEstimator(ReceptiveFieldEstimator s) {
        catalog.remove(ServiceKind.ESTIMATOR, s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addStage(RunStage s, ServiceReference<RunStage> ref) {
        stages.add(s, provider(ref));
    }

    void removeStage(RunStage s) {
        stages.remove(s);
    }
}
