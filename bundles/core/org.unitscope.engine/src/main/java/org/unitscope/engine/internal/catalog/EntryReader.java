package org.unitscope.engine.internal.catalog;

import java.lang.annotation.Annotation;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.unitscope.api.Described;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;

/**
 * A registered service as a directory entry. A service declared with {@code @UnitscopeService} carries
 * {@code unitscope.id}, {@code unitscope.version} and {@code unitscope.config}: the entry comes from those and the
 * configuration type, loaded through the providing bundle, and the service is not touched. A service without them
 * is asked for its {@code info()}, which activates it.
 */
final class EntryReader {
    static final String ID = "unitscope.id";
    static final String VERSION = "unitscope.version";
    static final String CONFIG = "unitscope.config";

    private final BundleContext context;

    EntryReader(BundleContext context) {
        this.context = context;
    }

    /** An entry and where its object comes from. */
    record Read(ServiceEntry entry, ServiceSource source) {
    }

    Read read(ServiceKind kind, ServiceReference<?> ref) {
        Bundle bundle = ref.getBundle();
        if (bundle == null) {
            throw new UnitscopeException("service " + ref.getProperty(Constants.SERVICE_ID) + " was unregistered meanwhile");
        }
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        if (ref.getProperty(ID) == null) {
            Object service = context.getService(ref);
            if (!(service instanceof Described described)) {
                throw new UnitscopeException(kind.words() + " from bundle " + bundle.getSymbolicName() + " cannot be obtained");
            }
            ServiceInfo info = described.info();
            return new Read(entry(kind, info, bundle, serviceId), ReferenceSource.obtained(context, ref, service));
        }
        String id = text(ref, ID, bundle);
        ServiceInfo info = ServiceInfo.of(id, text(ref, VERSION, bundle), config(ref, id, bundle));
        return new Read(entry(kind, info, bundle, serviceId), new ReferenceSource(context, ref));
    }

    private static ServiceEntry entry(ServiceKind kind, ServiceInfo info, Bundle bundle, long serviceId) {
        return ServiceEntry.of(kind, info, bundle.getSymbolicName(), bundle.getVersion().toString(), serviceId);
    }

    private static Class<? extends Annotation> config(ServiceReference<?> ref, String id, Bundle bundle) {
        String name = text(ref, CONFIG, bundle);
        try {
            return bundle.loadClass(name).asSubclass(Annotation.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new UnitscopeException("service '" + id + "' of bundle " + bundle.getSymbolicName() + ": its " + CONFIG
                    + " " + name + " is not an annotation type the bundle can load (" + e + ")", e);
        }
    }

    private static String text(ServiceReference<?> ref, String property, Bundle bundle) {
        Object v = ref.getProperty(property);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new UnitscopeException("a service of bundle " + bundle.getSymbolicName() + " has no text property " + property
                    + " (declare it with @UnitscopeService)");
        }
        return s;
    }
}
