package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import org.unitscope.gui.internal.model.ContributedViews;

/** Stands in for a contributed view whose plugin is gone, saying which plugin it needs; the real view replaces it. */
final class PlaceholderView extends JPanel {

    PlaceholderView(ContributedViews.View missing) {
        super(new BorderLayout());
        setName("placeholder." + missing.id());
        JTextArea text = new JTextArea(ContributedViews.placeholderText(missing));
        text.setName("placeholder." + missing.id() + ".text");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setForeground(UIManager.getColor("Label.disabledForeground"));
        text.setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
        add(text, BorderLayout.CENTER);
    }
}
