package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingWorker;
import javax.swing.table.TableRowSorter;
import org.jfree.chart.ChartPanel;
import org.unitscope.gui.internal.model.FilterExpression;
import org.unitscope.gui.internal.model.RunResults;
import org.unitscope.gui.internal.model.UnitsTable;
import org.unitscope.gui.internal.model.Workspace;

/**
 * The results browser: a finished run of the workspace, its layer > unit tree, the units table (every column, sortable,
 * filtered by an expression such as {@code circ_var < 0.3 and layer = simple}) and the selected unit's orientation
 * (polar) and SF (log axis) curves. Files are read off the event thread.
 */
public final class ResultsView extends JPanel {
    private final Workspace workspace;
    private final Consumer<Selection> selected;
    private final JComboBox<String> runs = new JComboBox<>();
    private final JTextField filter = new JTextField(40);
    private final JLabel filterError = new JLabel(" ");
    private final UnitsTableModel model = new UnitsTableModel();
    private final JTable table = new JTable(model);
    private final TableRowSorter<UnitsTableModel> sorter = new TableRowSorter<>(model);
    private final UnitTree tree = new UnitTree(this::selectRow);
    private final ChartPanel orientation = new ChartPanel(null);
    private final ChartPanel sf = new ChartPanel(null);
    private final ChartPanel awa = new ChartPanel(null);
    private final ChartPanel spectrum = new ChartPanel(null);
    private RunResults results;
    private int pendingRow = -1;
    /** True while the run list is rebuilt: its intermediate selections load nothing. */
    private boolean listing;

    /** What the browser shows, for the session. */
    public record Selection(String run, String layer, int row, String filter) {
    }

    public ResultsView(Workspace workspace, Consumer<Selection> selected) {
        super(new BorderLayout());
        this.workspace = workspace;
        this.selected = selected;
        setName("view.results");
        runs.setName("results.run");
        filter.setName("results.filter");
        filterError.setName("results.filterError");
        filterError.setForeground(ServiceFormPanel.ERROR);
        table.setName("results.table");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                unitSelected();
            }
        });
        orientation.setName("results.orientation");
        sf.setName("results.sf");
        awa.setName("results.awa");
        spectrum.setName("results.spectrum");
        filter.getDocument().addDocumentListener(new Edits(this::applyFilter));
        runs.addActionListener(e -> {
            if (!listing) {
                loadSelectedRun();
            }
        });
        add(top(), BorderLayout.NORTH);
        JTabbedPane charts = new JTabbedPane();
        charts.setName("results.charts");
        charts.addTab("tuning", pair(orientation, sf));
        charts.addTab("receptive field", pair(awa, spectrum));
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), charts);
        right.setDividerLocation(260);
        right.setResizeWeight(0.4);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(tree), right);
        split.setDividerLocation(220);
        add(split, BorderLayout.CENTER);
    }

    private static JPanel pair(ChartPanel left, ChartPanel right) {
        JPanel p = new JPanel(new GridLayout(1, 2));
        p.add(left);
        p.add(right);
        return p;
    }

    private JPanel top() {
        JButton refresh = new JButton("Refresh");
        refresh.setName("results.refresh");
        refresh.addActionListener(e -> refreshRuns());
        JButton png = new JButton("Export PNG");
        png.setName("results.export");
        png.addActionListener(e -> filterError.setText(ChartExport.exportPng(List.of(orientation, sf, awa, spectrum), results)));
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT));
        p.add(new JLabel("run"));
        p.add(runs);
        p.add(refresh);
        p.add(new JLabel("filter"));
        p.add(filter);
        p.add(png);
        JPanel out = new JPanel(new BorderLayout());
        out.add(p, BorderLayout.NORTH);
        out.add(filterError, BorderLayout.SOUTH);
        return out;
    }

    /** Lists the workspace's finished runs again, keeping the selected one. */
    public void refreshRuns() {
        try {
            Object was = runs.getSelectedItem();
            List<String> names = workspace.finishedRuns();
            if (names.equals(items())) {
                return;
            }
            listing = true;
            try {
                runs.removeAllItems();
                names.forEach(runs::addItem);
                runs.setSelectedItem(was != null && names.contains(was) ? was : names.isEmpty() ? null : names.get(names.size() - 1));
            } finally {
                listing = false;
            }
            loadSelectedRun();
        } catch (IOException e) {
            filterError.setText("cannot list " + workspace.results() + ": " + e.getMessage());
        }
    }

    private List<String> items() {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < runs.getItemCount(); i++) {
            out.add(runs.getItemAt(i));
        }
        return out;
    }

    /** Restores a session's selection: the run, then (once loaded) the filter and the unit's row. */
    public void restore(String run, String filterText, int row) {
        filter.setText(filterText == null ? "" : filterText);
        pendingRow = row;
        refreshRuns();
        if (run != null && items().contains(run)) {
            runs.setSelectedItem(run);
        }
    }

    /** Shows a run's results (a run that just completed). */
    public void show(String run) {
        refreshRuns();
        runs.setSelectedItem(run);
    }

    private void loadSelectedRun() {
        String name = (String) runs.getSelectedItem();
        if (name == null || (results != null && results.name().equals(name))) {
            return;
        }
        new SwingWorker<RunResults, Void>() {
            @Override
            protected RunResults doInBackground() throws IOException {
                return RunResults.load(name, workspace.results().resolve(name));
            }

            @Override
            protected void done() {
                try {
                    shown(get());
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    filterError.setText("cannot read results of " + name + ": " + e.getCause());
                }
            }
        }.execute();
    }

    private void shown(RunResults r) {
        if (!r.name().equals(runs.getSelectedItem())) {
            return; // another run was chosen while this one was read
        }
        results = r;
        selectedRow = -1; // a row of the previous run means nothing in this one
        sorter.setRowFilter(null); // parsed against the previous run's table: its rows would be read past their end
        model.show(r.units());
        tree.show(r.name(), r.units());
        applyFilter();
        int row = pendingRow;
        pendingRow = -1;
        if (row >= 0 && row < r.units().rows().size()) {
            selectRow(row);
        }
    }

    private void applyFilter() {
        UnitsTable t = model.table();
        try {
            FilterExpression f = FilterExpression.parse(filter.getText(), t.columns());
            sorter.setRowFilter(new RowFilter<UnitsTableModel, Integer>() {
                @Override
                public boolean include(Entry<? extends UnitsTableModel, ? extends Integer> entry) {
                    return f.matches(t.row(entry.getIdentifier()));
                }
            });
            filterError.setText(" ");
        } catch (IllegalArgumentException e) {
            filterError.setText("filter: " + e.getMessage());
        }
        notifySelection();
    }

    /** Selects a unit by its row in units.csv (tree, session). */
    public void selectRow(int row) {
        if (row < 0 || row >= model.getRowCount()) {
            return; // a row of another run (a late event): nothing to select here
        }
        int view = table.convertRowIndexToView(row);
        if (view >= 0) {
            table.getSelectionModel().setSelectionInterval(view, view);
            table.scrollRectToVisible(table.getCellRect(view, 0, true));
        } else {
            showUnit(row);
        }
    }

    private void unitSelected() {
        int view = table.getSelectedRow();
        if (view >= 0) {
            showUnit(table.convertRowIndexToModel(view));
        }
    }

    private void showUnit(int row) {
        UnitsTable t = results.units();
        String layer = t.cell(row, "layer");
        int index = t.indexInLayer(row);
        String title = layer + " unit " + t.cell(row, "channel");
        orientation.setChart(UnitCharts.orientation(results.curves(), layer, index, title + ": orientation"));
        sf.setChart(UnitCharts.spatialFrequency(results.curves(), layer, index, title + ": spatial frequency"));
        awa.setChart(RfCharts.awa(results.rf(), layer, index, title + ": AWA"));
        spectrum.setChart(RfCharts.spectrum(results.rf(), layer, index, title + ": AWC spectrum"));
        tree.select(layer, index);
        selectedRow = row;
        notifySelection();
    }

    private int selectedRow = -1;

    private void notifySelection() {
        if (results != null) {
            String layer = selectedRow < 0 ? null : results.units().cell(selectedRow, "layer");
            selected.accept(new Selection(results.name(), layer, selectedRow, filter.getText()));
        }
    }

    /** The rows the filter lets through (for tests and the status line). */
    public int visibleRows() {
        return table.getRowCount();
    }
}
