package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.Frame;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.unitscope.gui.internal.model.UnitsTable;

/** A finished survey's {@code survey.csv} in a sortable table (one row per run and layer), beside the window. */
final class SurveyTableDialog extends JDialog {

    private SurveyTableDialog(Frame owner, Path csv, UnitsTable table) {
        super(owner, "survey.csv - " + csv.getParent().getFileName(), false);
        setName("survey-table");
        UnitsTableModel model = new UnitsTableModel();
        model.show(table);
        JTable t = new JTable(model);
        t.setName("survey-table.table");
        t.setAutoCreateRowSorter(true);
        t.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        getContentPane().add(new JLabel(" " + csv + " (" + table.rows().size() + " rows)"), BorderLayout.NORTH);
        getContentPane().add(new JScrollPane(t), BorderLayout.CENTER);
        setSize(900, 260);
        setLocationRelativeTo(owner);
    }

    /** Opens the table; a file that cannot be read is said in the returned text instead. */
    static String open(Frame owner, Path csv) {
        try {
            new SurveyTableDialog(owner, csv, UnitsTable.read(csv)).setVisible(true);
            return "survey table: " + csv;
        } catch (IOException | IllegalArgumentException e) {
            return "cannot show " + csv + ": " + e.getMessage();
        }
    }
}
