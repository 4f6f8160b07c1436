package org.unitscope.engine.internal.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.unitscope.api.Described;
import org.unitscope.api.directory.DirectoryEvent;
import org.unitscope.api.directory.DirectoryListener;
import org.unitscope.api.directory.ServiceDirectory;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;

/**
 * The directory's entries and listeners, in plain Java: whoever watches the framework ({@link DirectoryComponent})
 * puts and removes entries, each with the {@link ServiceSource} of its object; listeners hear each change in order.
 * Service objects are obtained outside the lock (activating a component may register services, which come back here
 * on another thread).
 */
public class DirectoryEntries implements ServiceDirectory {
    private static final Comparator<ServiceEntry> ORDER = Comparator.comparing(ServiceEntry::kind)
            .thenComparing(ServiceEntry::id).thenComparingLong(ServiceEntry::serviceId);

    private final Map<Long, Listed> listed = new LinkedHashMap<>();
    private final List<DirectoryListener> listeners = new CopyOnWriteArrayList<>();

    private record Listed(ServiceEntry entry, ServiceSource source) {
    }

    /**
     * Adds the entry, or replaces the one with its service id (a MODIFIED event when it differs). A replaced entry
     * keeps its source, which runs may be using; the new one is then released.
     */
    public void put(ServiceEntry entry, ServiceSource source) {
        Listed before;
        synchronized (this) {
            before = listed.get(entry.serviceId());
            listed.put(entry.serviceId(), new Listed(entry, before == null ? source : before.source()));
            if (before == null || !before.entry().equals(entry)) {
                fire(new DirectoryEvent(before == null ? DirectoryEvent.Type.ADDED : DirectoryEvent.Type.MODIFIED, entry));
            }
        }
        if (before != null && before.source() != source) {
            source.release();
        }
    }

    /** Removes the entry of that service id, if listed: listeners hear it before its object is released. */
    public void remove(long serviceId) {
        Listed gone;
        synchronized (this) {
            gone = listed.remove(serviceId);
            if (gone != null) {
                fire(new DirectoryEvent(DirectoryEvent.Type.REMOVED, gone.entry()));
            }
        }
        if (gone != null) {
            gone.source().release();
        }
    }

    private void fire(DirectoryEvent event) {
        for (DirectoryListener l : listeners) {
            try {
                l.changed(event);
            } catch (RuntimeException e) {
                System.err.println("unitscope: a directory listener failed on " + event.type() + " of "
                        + event.entry().describe() + ": " + e);
            }
        }
    }

    @Override
    public synchronized List<ServiceEntry> entries() {
        return listed.values().stream().map(Listed::entry).sorted(ORDER).toList();
    }

    @Override
    public List<ServiceEntry> entries(ServiceKind kind) {
        return entries().stream().filter(e -> e.kind() == kind).toList();
    }

    @Override
    public Optional<ServiceEntry> find(ServiceKind kind, String id) {
        return entries(kind).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public <S extends Described> Optional<S> service(ServiceEntry entry, Class<S> type) {
        ServiceSource source;
        synchronized (this) {
            Listed l = listed.get(entry.serviceId());
            source = l == null ? null : l.source();
        }
        Object service = source == null ? null : source.get();
        if (service != null && !type.isInstance(service)) {
            throw new IllegalArgumentException(entry.describe() + " is a " + service.getClass().getName() + ", not a "
                    + type.getName());
        }
        return Optional.ofNullable(type.cast(service));
    }

    @Override
    public synchronized void addListener(DirectoryListener listener) {
        for (ServiceEntry e : entries()) {
            listener.changed(new DirectoryEvent(DirectoryEvent.Type.ADDED, e));
        }
        listeners.add(listener);
    }

    @Override
    public void removeListener(DirectoryListener listener) {
        listeners.remove(listener);
    }
}
