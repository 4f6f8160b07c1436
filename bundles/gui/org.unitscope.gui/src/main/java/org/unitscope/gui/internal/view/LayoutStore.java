package org.unitscope.gui.internal.view;

import io.github.andrewauclair.moderndocking.DockingRegion;
import io.github.andrewauclair.moderndocking.api.LayoutPersistenceAPI;
import io.github.andrewauclair.moderndocking.app.WindowLayoutBuilder;
import io.github.andrewauclair.moderndocking.exception.DockingLayoutException;
import io.github.andrewauclair.moderndocking.layouts.ApplicationLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unitscope.gui.internal.model.Perspective;
import org.unitscope.gui.internal.model.Workspace;
import org.unitscope.math.io.AtomicFiles;

/**
 * The perspectives' layouts: built from their default placements, or read from and written to the workspace's
 * {@code .unitscope/layouts/PERSPECTIVE.xml} in ModernDocking's format. ModernDocking writes a file in place, so it
 * writes a temporary one, which is then copied over the layout atomically (a crash never leaves a torn layout).
 */
final class LayoutStore {
    private final Workspace workspace;
    private final LayoutPersistenceAPI persistence;

    LayoutStore(Workspace workspace, LayoutPersistenceAPI persistence) {
        this.workspace = workspace;
        this.persistence = persistence;
    }

    static ApplicationLayout defaultLayout(Perspective p) {
        WindowLayoutBuilder b = new WindowLayoutBuilder(p.anchor());
        for (Perspective.Placement step : p.placements().subList(1, p.placements().size())) {
            b.dock(step.view(), step.nextTo(), DockingRegion.valueOf(step.side().name()), step.proportion());
        }
        b.display(p.anchor());
        return b.buildApplicationLayout();
    }

    Path file(Perspective p) {
        return workspace.layoutFile(p);
    }

    /** The saved layout, or null when there is none or it cannot be read (the default layout is used then). */
    ApplicationLayout load(Perspective p) {
        Path f = file(p);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            return persistence.loadApplicationLayoutFromFile(f.toFile());
        } catch (DockingLayoutException | RuntimeException e) {
            System.err.println("unitscope: ignoring the unreadable layout " + f + ": " + e.getMessage());
            return null;
        }
    }

    void save(Perspective p, ApplicationLayout layout) throws IOException {
        Path tmp = Files.createTempFile("unitscope-layout", ".xml");
        try {
            persistence.saveLayoutToFile(tmp.toFile(), layout);
            AtomicFiles.write(file(p), out -> Files.copy(tmp, out));
        } catch (DockingLayoutException e) {
            throw new IOException("could not write the layout of " + p.title() + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
