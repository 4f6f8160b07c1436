package org.unitscope.runtime.faultybundle;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.unitscope.api.metric.TuningMetric;

/** Registers two faulty metrics the way any plugin contributes a service; unregistered when the bundle stops. */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(TuningMetric.class, new FaultyMetric(FaultyMetric.HANGS), null);
        context.registerService(TuningMetric.class, new FaultyMetric(FaultyMetric.THROWS), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the bundle's services
    }
}
