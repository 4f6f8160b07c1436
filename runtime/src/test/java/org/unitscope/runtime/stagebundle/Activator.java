package org.unitscope.runtime.stagebundle;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.unitscope.api.stage.RunStage;

/** Registers the stage the way any bundle contributes a service; unregistered when the bundle stops. */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(RunStage.class, new LayerMaximaStage(), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the bundle's services
    }
}
