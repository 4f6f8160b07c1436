package org.unitscope.gui.internal.view;

import io.github.andrewauclair.moderndocking.Dockable;
import java.awt.BorderLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * A view as ModernDocking sees it: the view's component under a persistent id and a tab title. Not wrapped in a scroll
 * pane (the views scroll their own tables and forms, and charts must fill their space), and kept inside the workbench
 * window (no floating frames, whose layouts this window does not save).
 */
final class ViewDockable extends JPanel implements Dockable {
    private final String id;
    private final String title;
    private final JComponent view;

    ViewDockable(String id, String title, JComponent view) {
        super(new BorderLayout());
        this.id = id;
        this.title = title;
        this.view = view;
        setName("dockable." + id);
        add(view, BorderLayout.CENTER);
    }

    JComponent view() {
        return view;
    }

    @Override
    public String getPersistentID() {
        return id;
    }

    @Override
    public String getTabText() {
        return title;
    }

    @Override
    public boolean isWrappableInScrollpane() {
        return false;
    }

    @Override
    public boolean isFloatingAllowed() {
        return false;
    }

    @Override
    public boolean isLimitedToWindow() {
        return true;
    }

    @Override
    public boolean isAutoHideAllowed() {
        return false;
    }
}
