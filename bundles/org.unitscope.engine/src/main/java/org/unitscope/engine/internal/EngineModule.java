package org.unitscope.engine.internal;

import com.google.inject.AbstractModule;
import org.unitscope.engine.internal.catalog.ServiceCatalog;

/**
 * Wires the engine's own parts from what Declarative Services handed the component: the catalog of present
 * services and the engine's identity. Everything else is constructed by Guice (private to the bundle).
 */
final class EngineModule extends AbstractModule {
    private final ServiceCatalog catalog;
    private final EngineInfo info;

    EngineModule(ServiceCatalog catalog, EngineInfo info) {
        this.catalog = catalog;
        this.info = info;
    }

    @Override
    protected void configure() {
        bind(ServiceCatalog.class).toInstance(catalog);
        bind(EngineInfo.class).toInstance(info);
    }
}
