package org.unitscope.engine.internal.catalog;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** A registered service's object, obtained through the directory's bundle on first use and given back once. */
final class ReferenceSource implements ServiceSource {
    private final BundleContext context;
    private final ServiceReference<?> reference;
    private Object service;

    ReferenceSource(BundleContext context, ServiceReference<?> reference) {
        this.context = context;
        this.reference = reference;
    }

    /** A source whose object was already obtained (to ask an undeclared service for its description). */
    static ReferenceSource obtained(BundleContext context, ServiceReference<?> reference, Object service) {
        ReferenceSource s = new ReferenceSource(context, reference);
        s.service = service;
        return s;
    }

    @Override
    public synchronized Object get() {
        if (service == null) {
            service = context.getService(reference);
        }
        return service;
    }

    @Override
    public synchronized void release() {
        if (service != null) {
            service = null;
            try {
                context.ungetService(reference);
            } catch (IllegalStateException e) {
                // the directory's bundle is stopping: the framework releases everything itself
            }
        }
    }
}
