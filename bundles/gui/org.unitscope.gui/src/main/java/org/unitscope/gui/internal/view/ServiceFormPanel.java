package org.unitscope.gui.internal.view;

import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.unitscope.gui.internal.model.ParameterField;
import org.unitscope.gui.internal.model.ServiceForm;

/**
 * A service's form, generated from its declaration: one row per parameter (label with the doc as tooltip, a check box,
 * a combo box of the declared choices or a text field) and, under a field whose text is not allowed, the command
 * line's message, updated as the user types.
 */
final class ServiceFormPanel extends JPanel {
    static final Color ERROR = new Color(0xC0, 0x20, 0x20);
    private final ServiceForm form;
    private final Runnable changed;

    ServiceFormPanel(ServiceForm form, Runnable changed) {
        super(new GridBagLayout());
        this.form = form;
        this.changed = changed;
        setName("form." + form.entry().kind().name().toLowerCase(java.util.Locale.ROOT) + "." + form.entry().id());
        setBorder(BorderFactory.createTitledBorder(form.entry().id() + " " + form.entry().version() + ": " + form.entry().title()));
        int row = 0;
        for (ParameterField f : form.fields()) {
            addRow(f, row);
            row += 2;
        }
        if (form.fields().isEmpty()) {
            add(new JLabel("no parameters"), constraints(0, 0, 2));
        }
    }

    private void addRow(ParameterField f, int row) {
        JLabel label = new JLabel(f.name());
        label.setToolTipText(f.help());
        JLabel error = new JLabel();
        error.setName(getName() + "." + f.name() + ".error");
        error.setForeground(ERROR);
        JComponent editor = editor(f, error);
        editor.setName(getName() + "." + f.name());
        editor.setToolTipText(f.help());
        add(label, constraints(0, row, 1));
        GridBagConstraints c = constraints(1, row, 1);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(editor, c);
        add(error, constraints(1, row + 1, 1));
        update(f, error);
    }

    private JComponent editor(ParameterField f, JLabel error) {
        String text = form.text(f.name());
        switch (f.widget()) {
            case CHECKBOX: {
                JCheckBox box = new JCheckBox("", Boolean.parseBoolean(text));
                box.addActionListener(e -> edited(f, String.valueOf(box.isSelected()), error));
                return box;
            }
            case CHOICE: {
                JComboBox<String> combo = new JComboBox<>(f.spec().choices().toArray(new String[0]));
                combo.setSelectedItem(text);
                combo.addActionListener(e -> edited(f, String.valueOf(combo.getSelectedItem()), error));
                return combo;
            }
            default: {
                JTextField field = new JTextField(text, 16);
                field.getDocument().addDocumentListener(new DocumentListener() {
                    @Override
                    public void insertUpdate(DocumentEvent e) {
                        edited(f, field.getText(), error);
                    }

                    @Override
                    public void removeUpdate(DocumentEvent e) {
                        edited(f, field.getText(), error);
                    }

                    @Override
                    public void changedUpdate(DocumentEvent e) {
                        edited(f, field.getText(), error);
                    }
                });
                return field;
            }
        }
    }

    private void edited(ParameterField f, String text, JLabel error) {
        form.set(f.name(), text);
        update(f, error);
        changed.run();
    }

    private void update(ParameterField f, JLabel error) {
        String message = f.check(form.entry().info(), form.text(f.name())).orElse("");
        error.setText(message);
        error.setVisible(!message.isEmpty());
    }

    private static GridBagConstraints constraints(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 4, 2, 4);
        return c;
    }
}
