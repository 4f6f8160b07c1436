package org.unitscope.gui.internal.view;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.unitscope.gui.internal.model.Perspective;

/**
 * The Perspective menu (one radio item per perspective, and Reset) and the View menu (every view, built in or
 * contributed now, brought to front when chosen; listed afresh when a plugin's view comes or goes).
 */
final class PerspectiveMenus {
    /** A view in the View menu: persistent id and title. */
    record Entry(String id, String title) {
    }

    private static final String REFILL = "unitscope.refill";

    private PerspectiveMenus() {
    }

    static JMenu perspectives(Supplier<Perspective> active, Consumer<Perspective> switchTo, Runnable reset) {
        JMenu menu = new JMenu("Perspective");
        menu.setName("menu.perspective");
        ButtonGroup group = new ButtonGroup();
        for (Perspective p : Perspective.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(p.title());
            item.setName("menu.perspective." + p.id());
            item.addActionListener(e -> switchTo.accept(p));
            group.add(item);
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem resetItem = new JMenuItem("Reset perspective");
        resetItem.setName("menu.perspective.reset");
        resetItem.addActionListener(e -> reset.run());
        menu.add(resetItem);
        onOpen(menu, () -> {
            for (int i = 0; i < Perspective.values().length; i++) {
                menu.getItem(i).setSelected(Perspective.values()[i] == active.get());
            }
        });
        return menu;
    }

    static JMenu views(Supplier<List<Entry>> entries, Consumer<String> show) {
        JMenu menu = new JMenu("View");
        menu.setName("menu.view");
        Runnable fill = () -> {
            menu.removeAll();
            for (Entry e : entries.get()) {
                JMenuItem item = new JMenuItem(e.title());
                item.setName("menu.view." + e.id());
                item.addActionListener(a -> show.accept(e.id()));
                menu.add(item);
            }
        };
        fill.run(); // again only when views come or go (refill): items rebuilt while the menu opens would not be showing
        menu.putClientProperty(REFILL, fill);
        return menu;
    }

    /** Lists the views again (a plugin's view came or went), so its item exists before the menu is next opened. */
    static void refill(JMenu viewMenu) {
        ((Runnable) viewMenu.getClientProperty(REFILL)).run();
    }

    private static void onOpen(JMenu menu, Runnable action) {
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                action.run();
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
    }
}
