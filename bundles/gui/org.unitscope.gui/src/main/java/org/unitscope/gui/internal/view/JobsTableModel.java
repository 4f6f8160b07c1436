package org.unitscope.gui.internal.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;
import org.unitscope.api.run.RunProgress;
import org.unitscope.gui.internal.model.RunJob;

/** The queue's jobs as table rows: number, name, status, phase, done / total, rate, ETA. */
final class JobsTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"#", "run", "status", "phase", "done / total", "rate", "ETA"};
    private List<RunJob> jobs = new ArrayList<>();

    void show(List<RunJob> now) {
        boolean sameRows = now.equals(jobs);
        jobs = now;
        if (sameRows) {
            fireTableRowsUpdated(0, jobs.size() - 1);
        } else {
            fireTableDataChanged();
        }
    }

    List<RunJob> jobs() {
        return jobs;
    }

    @Override
    public int getRowCount() {
        return jobs.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int c) {
        return COLUMNS[c];
    }

    @Override
    public Object getValueAt(int row, int col) {
        RunJob j = jobs.get(row);
        RunProgress p = j.lastProgress();
        return switch (col) {
            case 0 -> j.number();
            case 1 -> j.onCluster() ? j.name() + " (cluster)" : j.name();
            case 2 -> j.status().name().toLowerCase(Locale.ROOT);
            case 3 -> p == null ? "" : p.phase();
            case 4 -> p == null ? "" : p.done() + " / " + p.total();
            case 5 -> p == null ? "" : String.format(Locale.ROOT, "%.1f/s", p.ratePerSecond());
            default -> p == null || !Double.isFinite(p.etaSeconds()) ? "" : String.format(Locale.ROOT, "%.0f s", p.etaSeconds());
        };
    }
}
