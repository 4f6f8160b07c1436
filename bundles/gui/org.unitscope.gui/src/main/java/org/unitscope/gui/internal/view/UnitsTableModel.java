package org.unitscope.gui.internal.view;

import javax.swing.table.AbstractTableModel;
import org.unitscope.gui.internal.model.Numbers;
import org.unitscope.gui.internal.model.UnitsTable;

/** A units table as a Swing table: numeric columns hold numbers (so they sort as numbers), empty cells are null. */
final class UnitsTableModel extends AbstractTableModel {
    private UnitsTable table = new UnitsTable(java.util.List.of(), java.util.List.of());
    private boolean[] numeric = new boolean[0];

    void show(UnitsTable t) {
        table = t;
        numeric = new boolean[t.columns().size()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = t.numeric(c);
        }
        fireTableStructureChanged();
    }

    UnitsTable table() {
        return table;
    }

    @Override
    public int getRowCount() {
        return table.rows().size();
    }

    @Override
    public int getColumnCount() {
        return table.columns().size();
    }

    @Override
    public String getColumnName(int c) {
        return table.columns().get(c);
    }

    @Override
    public Class<?> getColumnClass(int c) {
        return numeric[c] ? Double.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int col) {
        String v = table.rows().get(row).get(col);
        return numeric[col] ? Numbers.parse(v) : v;
    }
}
