package org.unitscope.gui.internal.view;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** A document listener that runs one action on every edit. */
final class Edits implements DocumentListener {
    private final Runnable action;

    Edits(Runnable action) {
        this.action = action;
    }

    @Override
    public void insertUpdate(DocumentEvent e) {
        action.run();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
        action.run();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
        action.run();
    }
}
