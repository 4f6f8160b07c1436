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
import org.unitscope.api.directory.ServiceDirectory;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.ExistingResults;
import org.unitscope.api.run.RunDescription;
import org.unitscope.api.run.RunHandle;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.stage.RunStage;
import org.unitscope.engine.internal.catalog.ServiceCatalog;

/**
 * The run engine as an OSGi service. Runs find their services in the {@link ServiceDirectory} (through the
 * {@link ServiceCatalog}, which also hears them leave); DS feeds the run stages of other bundles as they come and go
 * (dynamic references) into the stage registry; a private Guice injector builds the engine's parts.
 */
@Component(service = AnalysisRunner.class, immediate = true)
public class RunEngine implements AnalysisRunner {
    private final StageRegistry stages = new StageRegistry();
    private volatile RunLauncher launcher;

    @Reference
    private ServiceDirectory directory;

    @Activate
    void activate() {
        Bundle b = FrameworkUtil.getBundle(getClass());
        EngineInfo info = new EngineInfo(b == null ? "dev" : b.getVersion().toString());
        ServiceCatalog catalog = new ServiceCatalog(directory);
        PluginTimeout timeout = timeout(b == null ? System.getProperty(PluginTimeout.PROPERTY)
                : b.getBundleContext().getProperty(PluginTimeout.PROPERTY));
        launcher = Guice.createInjector(new EngineModule(catalog, stages, info, timeout)).getInstance(RunLauncher.class);
    }

    /** A bad value must not take the engine down with it: it is reported and the default used. */
    private static PluginTimeout timeout(String value) {
        try {
            return PluginTimeout.parse(value);
        } catch (RuntimeException e) {
            System.err.println("unitscope: " + e.getMessage() + "; using " + PluginTimeout.DEFAULT.words());
            return PluginTimeout.DEFAULT;
        }
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
    public void check(RunDescription description) {
        launcher.check(description);
    }

    @Override
    public RunHandle start(RunDescription description, Path outputDirectory, RunListener listener, ExistingResults existing) {
        return launcher.start(description, outputDirectory, listener, existing);
    }

    @Override
    public RunHandle resume(Path outputDirectory, RunListener listener) {
        return launcher.resume(outputDirectory, listener);
    }

    private static String provider(ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        return b == null ? "?" : b.getSymbolicName() + " " + b.getVersion();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addStage(RunStage s, ServiceReference<RunStage> ref) {
        stages.add(s, provider(ref));
    }

    void removeStage(RunStage s) {
        stages.remove(s);
    }
}
