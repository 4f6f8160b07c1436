package org.unitscope.engine.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.stage.StageContext;
import org.unitscope.engine.internal.checkpoint.RunCheckpoints;
import org.unitscope.engine.internal.json.RunDescriptionJson;
import org.unitscope.engine.internal.results.Manifest;

/**
 * One run's bindings, for a child of the engine's injector: the resolved run, its output folder, listener, stop flag
 * and plugin stages. Everything the run builds from them (context, opener, built-in stages, orchestration) is
 * bound here as a singleton of the child, so each run has its own and nothing of a run outlives it.
 */
final class RunModule extends AbstractModule {
    private final ResolvedRun run;
    private final Path out;
    private final RunListener listener;
    private final List<ProvidedStage> plugins;
    private final Resumption resumption;

    RunModule(ResolvedRun run, Path out, RunListener listener, List<ProvidedStage> plugins) {
        this(run, out, listener, plugins, Resumption.NONE);
    }

    RunModule(ResolvedRun run, Path out, RunListener listener, List<ProvidedStage> plugins, Resumption resumption) {
        this.resumption = resumption;
        this.run = run;
        this.out = out;
        this.listener = listener;
        this.plugins = List.copyOf(plugins);
    }

    @Override
    protected void configure() {
        bind(ResolvedRun.class).toInstance(run);
        bind(RunListener.class).toInstance(listener);
        bind(StopFlag.class).toInstance(new StopFlag());
        bind(PluginGuard.class).in(Singleton.class);
        bind(StageCalls.class).in(Singleton.class);
        bind(Resumption.class).toInstance(resumption);
        bind(RunCheckpoints.class).toInstance(new RunCheckpoints(out));
        bind(ProbeCheckpoint.class).in(Singleton.class);
        bind(RunContext.class).in(Singleton.class);
        bind(StageContext.class).to(RunContext.class);
        bind(RunOpener.class).in(Singleton.class);
        bind(ProbeStage.class).in(Singleton.class);
        bind(MetricsStage.class).in(Singleton.class);
        bind(WriteStage.class).in(Singleton.class);
        bind(RunExecution.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    Manifest manifest(RunDescriptionJson json) {
        return new Manifest(json.gson());
    }

    @Provides
    @Singleton
    OutputFolder folder(Manifest manifest) {
        return new OutputFolder(out, manifest);
    }

    /** How the engine's own stages name their provider. */
    static String engineProvider(EngineInfo engine) {
        return "org.unitscope.engine " + engine.unitscopeVersion();
    }

    @Provides
    @Singleton
    RunStages stages(ProbeStage probe, MetricsStage metrics, WriteStage write, EngineInfo engine) {
        String self = engineProvider(engine);
        List<ProvidedStage> all = new ArrayList<>(List.of(new ProvidedStage(probe, self), new ProvidedStage(metrics, self),
                new ProvidedStage(write, self)));
        all.addAll(plugins);
        return new RunStages(all);
    }
}
