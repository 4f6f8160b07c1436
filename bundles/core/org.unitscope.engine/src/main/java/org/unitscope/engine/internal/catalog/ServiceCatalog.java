package org.unitscope.engine.internal.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.unitscope.api.Described;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.directory.DirectoryEvent;
import org.unitscope.api.directory.DirectoryListener;
import org.unitscope.api.directory.ServiceDirectory;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;

/**
 * What the engine needs of the service directory: a run's services by kind and id, with their objects, and the
 * removals (a run using a provider that disappears stops cleanly).
 */
public final class ServiceCatalog {
    private final ServiceDirectory directory;
    private final Map<Consumer<ServiceEntry>, DirectoryListener> removalListeners = new ConcurrentHashMap<>();

    public ServiceCatalog(ServiceDirectory directory) {
        this.directory = directory;
    }

    /** The service of that kind and id; the error lists what is present. */
    @SuppressWarnings("unchecked")
    public <T extends Described> Provided<T> require(ServiceKind kind, String id) {
        ServiceEntry entry = directory.find(kind, id).orElseThrow(() -> missing(kind, id));
        Described service = directory.service(entry, kind.type()).orElseThrow(() -> missing(kind, id));
        return new Provided<>(entry, (T) service);
    }

    private UnitscopeException missing(ServiceKind kind, String id) {
        return new UnitscopeException("no " + kind.words() + " '" + id + "' is installed; present: " + ids(kind)
                + " (see 'unitscope plugins' and the plugins/ folder)");
    }

    public List<String> ids(ServiceKind kind) {
        return directory.entries(kind).stream().map(ServiceEntry::id).sorted().toList();
    }

    /** {@code listener} hears each service that leaves. */
    public void onRemoval(Consumer<ServiceEntry> listener) {
        DirectoryListener l = event -> {
            if (event.type() == DirectoryEvent.Type.REMOVED) {
                listener.accept(event.entry());
            }
        };
        removalListeners.put(listener, l);
        directory.addListener(l);
    }

    public void removeListener(Consumer<ServiceEntry> listener) {
        DirectoryListener l = removalListeners.remove(listener);
        if (l != null) {
            directory.removeListener(l);
        }
    }
}
