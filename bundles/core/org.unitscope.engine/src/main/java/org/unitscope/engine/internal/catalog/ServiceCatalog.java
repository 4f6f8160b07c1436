package org.unitscope.engine.internal.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.unitscope.api.Described;
import org.unitscope.api.UnitscopeException;

/**
 * The services present right now, by kind and id, fed by Declarative Services as plugins come and go.
 * Listeners hear of every removal, so a run using a provider that disappears can stop cleanly.
 */
public final class ServiceCatalog {
    private final Map<ServiceKind, List<Provided<?>>> entries = new EnumMap<>(ServiceKind.class);
    private final List<Consumer<Provided<?>>> removalListeners = new CopyOnWriteArrayList<>();

    public ServiceCatalog() {
        for (ServiceKind k : ServiceKind.values()) {
            entries.put(k, new ArrayList<>());
        }
    }

    public synchronized void add(Provided<?> p) {
        entries.get(p.kind()).add(p);
    }

    public void remove(ServiceKind kind, Described service) {
        Provided<?> removed = null;
        synchronized (this) {
            for (var it = entries.get(kind).iterator(); it.hasNext();) {
                Provided<?> p = it.next();
                if (p.service() == service) {
                    it.remove();
                    removed = p;
                    break;
                }
            }
        }
        if (removed != null) {
            for (Consumer<Provided<?>> l : removalListeners) {
                l.accept(removed);
            }
        }
    }

    /** The service of that kind and id; the error lists what is present. */
    @SuppressWarnings("unchecked")
    public synchronized <T extends Described> Provided<T> require(ServiceKind kind, String id) {
        for (Provided<?> p : entries.get(kind)) {
            if (p.id().equals(id)) {
                return (Provided<T>) p;
            }
        }
        throw new UnitscopeException("no " + kind.words() + " '" + id + "' is installed; present: " + ids(kind)
                + " (see 'unitscope plugins' and the plugins/ folder)");
    }

    public synchronized List<String> ids(ServiceKind kind) {
        return entries.get(kind).stream().map(Provided::id).sorted().toList();
    }

    public synchronized List<Provided<?>> list(ServiceKind kind) {
        return List.copyOf(entries.get(kind));
    }

    public void onRemoval(Consumer<Provided<?>> listener) {
        removalListeners.add(listener);
    }

    public void removeListener(Consumer<Provided<?>> listener) {
        removalListeners.remove(listener);
    }
}
