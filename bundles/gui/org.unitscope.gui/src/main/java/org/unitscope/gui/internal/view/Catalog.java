package org.unitscope.gui.internal.view;

import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unitscope.api.directory.DirectoryEvent;
import org.unitscope.api.directory.DirectoryListener;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.gui.internal.model.ModelLayers;

/**
 * The event thread's copy of the service directory: the directory's events (heard on whatever thread registered a
 * service) are handed to the event thread, which updates the copy and tells the views.
 */
public final class Catalog implements DirectoryListener {
    private final Map<Long, ServiceEntry> entries = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final ModelLayers layers;

    /** @param layers what the installed models offer as layers (loaded on demand) */
    public Catalog(ModelLayers layers) {
        this.layers = layers;
    }

    public ModelLayers layers() {
        return layers;
    }

    @Override
    public void changed(DirectoryEvent event) {
        EventQueue.invokeLater(() -> apply(event));
    }

    private void apply(DirectoryEvent event) {
        if (event.type() == DirectoryEvent.Type.REMOVED) {
            entries.remove(event.entry().serviceId());
        } else {
            entries.put(event.entry().serviceId(), event.entry());
        }
        listeners.forEach(Runnable::run);
    }

    /** Entries of a kind, by id (event thread only). */
    public List<ServiceEntry> entries(ServiceKind kind) {
        return entries.values().stream().filter(e -> e.kind() == kind)
                .sorted(java.util.Comparator.comparing(ServiceEntry::id)).toList();
    }

    public List<ServiceEntry> all() {
        return entries.values().stream().sorted(java.util.Comparator.comparing((ServiceEntry e) -> e.kind())
                .thenComparing(ServiceEntry::id)).toList();
    }

    public ServiceEntry find(ServiceKind kind, String id) {
        return entries(kind).stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** Called on the event thread after every change. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
