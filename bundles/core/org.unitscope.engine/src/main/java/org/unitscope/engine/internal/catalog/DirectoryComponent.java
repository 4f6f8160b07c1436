package org.unitscope.engine.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.unitscope.api.directory.ServiceDirectory;
import org.unitscope.api.directory.ServiceKind;

/**
 * The service directory as an OSGi service: one tracker per kind follows the service registry by
 * {@link ServiceReference} only (nothing is obtained to list it), and feeds the entries as services come, change their
 * properties and go. A service that cannot be described is left out, with the reason on standard error.
 */
@Component(service = ServiceDirectory.class, immediate = true)
public class DirectoryComponent extends DirectoryEntries {
    private final List<ServiceTracker<Object, ServiceReference<Object>>> trackers = new ArrayList<>();

    @Activate
    void activate(BundleContext context) {
        EntryReader reader = new EntryReader(context);
        for (ServiceKind kind : ServiceKind.values()) {
            ServiceTracker<Object, ServiceReference<Object>> t = new ServiceTracker<>(context, kind.type().getName(),
                    new Follower(kind, reader));
            trackers.add(t);
            t.open();
        }
    }

    @Deactivate
    void deactivate() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    /** Follows the services of one kind. */
    private final class Follower implements ServiceTrackerCustomizer<Object, ServiceReference<Object>> {
        private final ServiceKind kind;
        private final EntryReader reader;

        Follower(ServiceKind kind, EntryReader reader) {
            this.kind = kind;
            this.reader = reader;
        }

        @Override
        public ServiceReference<Object> addingService(ServiceReference<Object> ref) {
            return list(ref) ? ref : null;
        }

        @Override
        public void modifiedService(ServiceReference<Object> ref, ServiceReference<Object> tracked) {
            if (!list(ref)) {
                remove(serviceId(ref));
            }
        }

        @Override
        public void removedService(ServiceReference<Object> ref, ServiceReference<Object> tracked) {
            remove(serviceId(ref));
        }

        private boolean list(ServiceReference<Object> ref) {
            try {
                EntryReader.Read read = reader.read(kind, ref);
                put(read.entry(), read.source());
                return true;
            } catch (RuntimeException e) {
                System.err.println("unitscope: a " + kind.words() + " is not listed: " + e.getMessage());
                return false;
            }
        }
    }
}
