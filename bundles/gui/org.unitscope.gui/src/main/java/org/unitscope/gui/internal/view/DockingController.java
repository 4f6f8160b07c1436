package org.unitscope.gui.internal.view;

import io.github.andrewauclair.moderndocking.app.RootDockingPanel;
import io.github.andrewauclair.moderndocking.layouts.ApplicationLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import org.unitscope.gui.internal.model.ContributedViews;
import org.unitscope.gui.internal.model.LayoutViews;
import org.unitscope.gui.internal.model.Perspective;
import org.unitscope.gui.internal.model.Workspace;

/**
 * The window's perspectives and views: switches perspectives (saving the layout left, restoring the one chosen, or
 * its default), brings views to front, and docks and undocks the views plugins contribute, with placeholders for those
 * whose plugin is gone. Event thread only.
 */
final class DockingController {
    private final Docks docks;
    private final LayoutStore layouts;
    private final ContributedViews contributed;
    private Perspective active;

    DockingController(JFrame frame, Workspace workspace, List<ContributedViews.View> remembered) {
        this.docks = new Docks(frame);
        this.layouts = new LayoutStore(workspace, docks.persistence());
        this.contributed = new ContributedViews(remembered);
    }

    RootDockingPanel root() {
        return docks.root();
    }

    void addView(String id, String title, JComponent view) {
        docks.add(id, title, view);
    }

    Perspective active() {
        return active;
    }

    List<String> docked() {
        return docks.docked();
    }

    List<ContributedViews.View> known() {
        return contributed.known();
    }

    List<ContributedViews.View> present() {
        return contributed.present();
    }

    /** Shows a perspective, saving the layout of the one in front first. */
    void switchTo(Perspective p) {
        if (active != null) {
            saveActive();
        }
        active = p;
        ApplicationLayout saved = loadWithPlaceholders(p);
        docks.apply(saved != null ? saved : LayoutStore.defaultLayout(p));
    }

    /** Back to the perspective's default layout (the saved one is overwritten when the perspective is left). */
    void reset() {
        docks.apply(LayoutStore.defaultLayout(active));
    }

    /** Writes the layout of the perspective in front to the workspace; a failure is reported, never thrown. */
    void saveActive() {
        try {
            layouts.save(active, docks.layout());
        } catch (IOException | RuntimeException e) {
            System.err.println("unitscope: could not save the " + active.title() + " layout to " + layouts.file(active) + ": "
                    + e.getMessage());
        }
    }

    /** Brings a view to front, docking it beside the perspective's first view when it is not docked. */
    void show(String id) {
        if (docks.has(id)) {
            docks.show(id, active.anchor());
        }
    }

    JComponent view(String id) {
        return docks.view(id);
    }

    /** The saved layout of {@code p} with a placeholder registered for each contributed view it names that is missing. */
    private ApplicationLayout loadWithPlaceholders(Perspective p) {
        Path file = layouts.file(p);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Map<String, String> named = LayoutViews.read(file);
            for (ContributedViews.View missing : contributed.placeholdersFor(named)) {
                if (!docks.has(missing.id())) {
                    docks.add(missing.id(), missing.title() + " (missing)", new PlaceholderView(missing));
                }
            }
        } catch (IOException e) {
            System.err.println("unitscope: ignoring the unreadable layout " + file + ": " + e.getMessage());
            return null;
        }
        return layouts.load(p);
    }

    /**
     * A plugin's view appeared: it replaces its placeholder in place, or, arriving while the window is open ({@code live})
     * and meant for the perspective in front (or any), is docked beside the perspective's first view.
     */
    void viewAdded(ContributedViews.View v, String perspective, Supplier<JComponent> create, boolean live) {
        contributed.added(v);
        if (docks.has(v.id())) {
            docks.replace(v.id(), v.title(), create.get());
            return;
        }
        docks.add(v.id(), v.title(), create.get());
        if (live && (perspective == null || perspective.equals(active.id()))) {
            docks.show(v.id(), active.anchor());
        }
    }

    /** A plugin's view went away: a placeholder takes its place if it was docked. */
    void viewRemoved(String id) {
        contributed.removed(id);
        if (!docks.has(id)) {
            return;
        }
        ContributedViews.View gone = contributed.known().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
        if (docks.isDocked(id)) {
            docks.replace(id, gone.title() + " (missing)", new PlaceholderView(gone));
        } else {
            docks.remove(id);
        }
    }

    void close() {
        docks.close();
    }
}
