package org.unitscope.engine.internal;

import com.google.inject.AbstractModule;
import org.unitscope.engine.internal.catalog.ServiceCatalog;

/**
 * Wires the engine's own parts from what Declarative Services handed the component: the catalog of present
 * services, the plugins' run stages and the engine's identity. Everything else is constructed by Guice (private to
 * the bundle); each run gets a child injector with a {@link RunModule}.
 */
final class EngineModule extends AbstractModule {
    private final ServiceCatalog catalog;
    private final StageRegistry stages;
    private final EngineInfo info;

    EngineModule(ServiceCatalog catalog, StageRegistry stages, EngineInfo info) {
        this.catalog = catalog;
        this.stages = stages;
        this.info = info;
    }

    @Override
    protected void configure() {
        bind(ServiceCatalog.class).toInstance(catalog);
        bind(StageRegistry.class).toInstance(stages);
        bind(EngineInfo.class).toInstance(info);
    }
}
