package org.unitscope.gui.internal.view;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JTabbedPane;

/** Finds the results view's chart tabs ("results.charts") without the view exposing them. */
final class ChartTabs {
    private ChartTabs() {
    }

    static JTabbedPane find(Container root) {
        for (Component c : root.getComponents()) {
            if (c instanceof JTabbedPane t && "results.charts".equals(c.getName())) {
                return t;
            }
            if (c instanceof Container k) {
                JTabbedPane t = find(k);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
