package org.unitscope.gui.internal.view;

import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;

/**
 * Workspace > Open or create... (a folder; a new name creates it), the recent workspaces, Close. Choosing a workspace
 * closes this window (saving its session) and opens one on the other.
 */
final class WorkspaceMenu extends JMenuBar {

    WorkspaceMenu(Component parent, List<Path> recent, Consumer<Path> open) {
        JMenu menu = new JMenu("Workspace");
        menu.setName("menu.workspace");
        JMenuItem choose = new JMenuItem("Open or create...");
        choose.setName("menu.open");
        choose.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
                open.accept(chooser.getSelectedFile().toPath());
            }
        });
        menu.add(choose);
        JMenu recentMenu = new JMenu("Recent");
        recentMenu.setName("menu.recent");
        for (int i = 0; i < recent.size(); i++) {
            Path p = recent.get(i);
            JMenuItem item = new JMenuItem(p.toString());
            item.setName("menu.recent." + i);
            item.addActionListener(e -> open.accept(p));
            recentMenu.add(item);
        }
        recentMenu.setEnabled(!recent.isEmpty());
        menu.add(recentMenu);
        menu.addSeparator();
        JMenuItem close = new JMenuItem("Close");
        close.addActionListener(e -> javax.swing.SwingUtilities.getWindowAncestor(this).dispose());
        menu.add(close);
        add(menu);
    }
}
