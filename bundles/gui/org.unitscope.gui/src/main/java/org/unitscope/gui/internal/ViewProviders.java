package org.unitscope.gui.internal;

import java.awt.EventQueue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.framework.ServiceReference;
import org.unitscope.api.gui.WorkbenchViewProvider;
import org.unitscope.gui.internal.model.ContributedViews;
import org.unitscope.gui.internal.view.WorkbenchWindow;

/**
 * The {@link WorkbenchViewProvider} services present, handed to the open window on the event thread as they come and
 * go, and all at once to a window that opens.
 */
final class ViewProviders {
    private final Map<WorkbenchViewProvider, ContributedViews.View> present = new LinkedHashMap<>();
    private final Supplier<WorkbenchWindow> window;

    ViewProviders(Supplier<WorkbenchWindow> window) {
        this.window = window;
    }

    synchronized void added(ServiceReference<?> ref, WorkbenchViewProvider p) {
        ContributedViews.View v = new ContributedViews.View(p.id(), p.title(), ref.getBundle().getSymbolicName());
        present.put(p, v);
        EventQueue.invokeLater(() -> {
            WorkbenchWindow w = window.get();
            if (w != null) {
                w.viewAdded(v, p.perspective(), p::createView, true);
            }
        });
    }

    synchronized void removed(WorkbenchViewProvider p) {
        ContributedViews.View v = present.remove(p);
        if (v == null) {
            return;
        }
        EventQueue.invokeLater(() -> {
            WorkbenchWindow w = window.get();
            if (w != null) {
                w.viewRemoved(v.id());
            }
        });
    }

    /** Gives a window that is opening the views present (event thread, before its layout is restored). */
    synchronized void openingWindow(WorkbenchWindow w) {
        present.forEach((p, v) -> w.viewAdded(v, p.perspective(), p::createView, false));
    }
}
