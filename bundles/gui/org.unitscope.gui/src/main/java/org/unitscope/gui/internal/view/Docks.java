package org.unitscope.gui.internal.view;

import io.github.andrewauclair.moderndocking.DockingRegion;
import io.github.andrewauclair.moderndocking.app.Docking;
import io.github.andrewauclair.moderndocking.api.DockingStateAPI;
import io.github.andrewauclair.moderndocking.api.LayoutPersistenceAPI;
import io.github.andrewauclair.moderndocking.app.RootDockingPanel;
import io.github.andrewauclair.moderndocking.ext.ui.DockingUI;
import io.github.andrewauclair.moderndocking.layouts.ApplicationLayout;
import io.github.andrewauclair.moderndocking.layouts.WindowLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JFrame;

/**
 * The docking of one workbench window. ModernDocking's single-app API is JVM-global static state, so a window owns it
 * from construction to {@link #close()}: a window opened before the last one closed takes it over (after closing it).
 * Every view is registered under its persistent id; layouts dock the registered views they name. The single-app
 * {@code DockingState} and {@code LayoutPersistence} are not used: they bind to the first docking instance of the JVM
 * (a static final) and fail for every later window ("No root panel for window has been registered"), so each window
 * makes its own on the instance it initialised.
 */
final class Docks {
    private static Docks current;
    private final JFrame frame;
    private final RootDockingPanel root;
    private final Map<String, ViewDockable> views = new LinkedHashMap<>();
    private final DockingStateAPI state;
    private final io.github.andrewauclair.moderndocking.api.DockingAPI instance;
    private final LayoutPersistenceAPI persistence;

    Docks(JFrame frame) {
        if (current != null) {
            current.close();
        }
        if (held() != null) {
            // still held by a window that never closed (a failed close, or another framework in this JVM): take it over
            release();
        }
        current = this;
        this.frame = frame;
        Docking.initialize(frame);
        instance = Docking.getSingleInstance();
        DockingUI.initialize(); // FlatLaf headers; once per JVM (it checks)
        state = new DockingStateAPI(Docking.getSingleInstance()) {
        };
        persistence = new LayoutPersistenceAPI(Docking.getSingleInstance()) {
        };
        root = new RootDockingPanel(frame);
        root.setName("docking.root");
    }

    /** Reads and writes layout files with this window's docking instance. */
    LayoutPersistenceAPI persistence() {
        return persistence;
    }

    RootDockingPanel root() {
        return root;
    }

    void add(String id, String title, JComponent view) {
        ViewDockable d = new ViewDockable(id, title, view);
        views.put(id, d);
        Docking.registerDockable(d);
    }

    boolean has(String id) {
        return views.containsKey(id);
    }

    /** The component a view shows (a placeholder's, for a missing view). */
    JComponent view(String id) {
        return views.get(id).view();
    }

    /** Puts another component under a view's id, in the place the old one had if it was docked. */
    void replace(String id, String title, JComponent view) {
        WindowLayout layout = isDocked(id) ? state.getWindowLayout(frame) : null;
        remove(id);
        add(id, title, view);
        if (layout != null) {
            state.restoreWindowLayout_PreserveSizeAndPos(frame, layout);
        }
    }

    void remove(String id) {
        ViewDockable d = views.remove(id);
        if (d != null) {
            Docking.deregisterDockable(d); // undocks it first
        }
    }

    boolean isDocked(String id) {
        return views.containsKey(id) && Docking.isDocked(id);
    }

    /** The docked views, in registration order. */
    List<String> docked() {
        List<String> out = new ArrayList<>();
        views.keySet().stream().filter(Docking::isDocked).forEach(out::add);
        return out;
    }

    /** Brings a view to front, docking it first as a tab beside {@code preferredNeighbour} (or any docked view). */
    void show(String id, String preferredNeighbour) {
        if (!isDocked(id)) {
            String next = isDocked(preferredNeighbour) ? preferredNeighbour : docked().stream().findFirst().orElse(null);
            if (next == null) {
                Docking.dock(id, frame);
            } else {
                Docking.dock(id, next, DockingRegion.CENTER);
            }
        }
        Docking.bringToFront(id);
    }

    ApplicationLayout layout() {
        return new ApplicationLayout(state.getWindowLayout(frame));
    }

    /** Docks what a layout names (registered views only; register placeholders first), keeping the window's bounds. */
    void apply(ApplicationLayout layout) {
        state.restoreWindowLayout_PreserveSizeAndPos(frame, layout.getMainFrameLayout());
    }

    /** Deregisters every view and hands the static docking state back, so the next window can initialise it. */
    void close() {
        if (current != this) {
            return;
        }
        current = null;
        views.clear();
        if (held() == instance) { // not taken over by a later window
            release();
        }
    }

    /** The docking instance of the JVM, or null (ModernDocking throws when there is none). */
    private static io.github.andrewauclair.moderndocking.api.DockingAPI held() {
        try {
            return Docking.getSingleInstance();
        } catch (RuntimeException none) {
            return null;
        }
    }

    private static void release() {
        try {
            Docking.deregisterAllDockables();
        } finally {
            Docking.uninitialize(); // always: the next window initialises afresh
        }
    }
}
