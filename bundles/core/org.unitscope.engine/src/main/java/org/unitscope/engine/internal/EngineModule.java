package org.unitscope.engine.internal;

import com.google.inject.AbstractModule;
import org.unitscope.engine.internal.catalog.ServiceCatalog;

/**
 * Wires the engine's own parts from what Declarative Services handed the component: the catalog of present
 * services, the plugins' run stages, the engine's identity and the plugin-call timeout. Everything else is constructed by Guice (private to
 * the bundle); each run gets a child injector with a {@link RunModule}.
 */
final class EngineModule extends AbstractModule {
    private final ServiceCatalog catalog;
    private final StageRegistry stages;
    private final EngineInfo info;
    private final PluginTimeout timeout;

    EngineModule(ServiceCatalog catalog, StageRegistry stages, EngineInfo info) {
        this(catalog, stages, info, PluginTimeout.DEFAULT);
    }

    EngineModule(ServiceCatalog catalog, StageRegistry stages, EngineInfo info, PluginTimeout timeout) {
        this.catalog = catalog;
        this.stages = stages;
        this.info = info;
        this.timeout = timeout;
    }

    @Override
    protected void configure() {
        bind(ServiceCatalog.class).toInstance(catalog);
        bind(StageRegistry.class).toInstance(stages);
        bind(EngineInfo.class).toInstance(info);
        bind(PluginTimeout.class).toInstance(timeout);
    }
}
