package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingWorker;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.ChartPanel;
import org.unitscope.gui.internal.model.LayerComparison;
import org.unitscope.gui.internal.model.UnitsTable;
import org.unitscope.gui.internal.model.Workspace;

/**
 * Two finished runs side by side (e.g. the reference network and its untrained control), layer by layer: units, the
 * median of a chosen column and the fraction of orientation-tuned units of each, as a table and as charts (tuned
 * fractions and medians per layer, A beside B; the column's distribution in the layer selected in the table, A over B).
 * Tables are read off the event thread.
 */
public final class CompareView extends JPanel {
    private final Workspace workspace;
    private final JComboBox<String> a = new JComboBox<>();
    private final JComboBox<String> b = new JComboBox<>();
    private final JComboBox<String> column = new JComboBox<>();
    private final JLabel status = new JLabel(" ");
    private final DefaultTableModel model = new DefaultTableModel(new Object[] {"layer", "units A", "units B", "median A",
        "median B", "tuned A", "tuned B"}, 0) {
        @Override
        public boolean isCellEditable(int row, int col) {
            return false;
        }
    };
    private final JTable table = new JTable(model);
    private final ChartPanel fractions = ChartPanels.create("compare.fractions");
    private final ChartPanel medians = ChartPanels.create("compare.medians");
    private final ChartPanel distribution = ChartPanels.create("compare.distribution");
    private UnitsTable tableA;
    private UnitsTable tableB;
    private String nameA;
    private String nameB;
    private List<LayerComparison.Row> rows = List.of();

    public CompareView(Workspace workspace) {
        super(new BorderLayout());
        this.workspace = workspace;
        setName("view.compare");
        a.setName("compare.a");
        b.setName("compare.b");
        column.setName("compare.column");
        JButton compare = new JButton("Compare");
        compare.setName("compare.go");
        compare.addActionListener(e -> load());
        column.addActionListener(e -> showComparison());
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel("run A"));
        top.add(a);
        top.add(new JLabel("run B"));
        top.add(b);
        top.add(compare);
        top.add(new JLabel("column"));
        top.add(column);
        top.add(status);
        table.setName("compare.table");
        table.setSelectionMode(javax.swing.ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showDistribution();
            }
        });
        JPanel charts = new JPanel(new java.awt.GridLayout(1, 3));
        charts.add(fractions);
        charts.add(medians);
        charts.add(distribution);
        javax.swing.JSplitPane split = new javax.swing.JSplitPane(javax.swing.JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), charts);
        split.setDividerLocation(160);
        split.setResizeWeight(0.3);
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
    }

    /** Lists the workspace's finished runs in both choosers (when the view is shown). */
    public void refreshRuns() {
        try {
            List<String> runs = workspace.finishedRuns();
            for (JComboBox<String> c : List.of(a, b)) {
                Object was = c.getSelectedItem();
                c.removeAllItems();
                runs.forEach(c::addItem);
                if (was != null) {
                    c.setSelectedItem(was);
                }
            }
        } catch (IOException e) {
            status.setText("cannot list " + workspace.results() + ": " + e.getMessage());
        }
    }

    private void load() {
        String runA = (String) a.getSelectedItem();
        String runB = (String) b.getSelectedItem();
        if (runA == null || runB == null) {
            return;
        }
        new SwingWorker<UnitsTable[], Void>() {
            @Override
            protected UnitsTable[] doInBackground() throws IOException {
                return new UnitsTable[] {UnitsTable.read(workspace.results().resolve(runA).resolve("units.csv")),
                    UnitsTable.read(workspace.results().resolve(runB).resolve("units.csv"))};
            }

            @Override
            protected void done() {
                try {
                    UnitsTable[] t = get();
                    tableA = t[0];
                    tableB = t[1];
                    nameA = runA;
                    nameB = runB;
                    Object was = column.getSelectedItem();
                    column.removeAllItems();
                    LayerComparison.commonNumericColumns(tableA, tableB).forEach(column::addItem);
                    column.setSelectedItem(was != null ? was : "circ_var");
                    status.setText("A = " + runA + ", B = " + runB);
                    showComparison();
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    status.setText("cannot compare: " + e.getCause());
                }
            }
        }.execute();
    }

    private void showComparison() {
        String col = (String) column.getSelectedItem();
        model.setRowCount(0);
        if (tableA == null || col == null) {
            return;
        }
        rows = LayerComparison.compare(tableA, tableB, col);
        for (LayerComparison.Row r : rows) {
            model.addRow(new Object[] {r.layer(), units(r.a()), units(r.b()), number(r.a() == null ? Double.NaN : r.a().median()),
                number(r.b() == null ? Double.NaN : r.b().median()), percent(r.a()), percent(r.b())});
        }
        ChartPanels.show(fractions, CompareCharts.tunedFractions(rows, nameA, nameB));
        ChartPanels.show(medians, CompareCharts.medians(rows, col, nameA, nameB));
        showDistribution();
    }

    /** The distribution of the column in the layer selected in the table (the first layer when none is). */
    private void showDistribution() {
        String col = (String) column.getSelectedItem();
        if (tableA == null || col == null || rows.isEmpty()) {
            return;
        }
        int selected = table.getSelectedRow();
        String layer = rows.get(selected >= 0 && selected < rows.size() ? selected : 0).layer();
        ChartPanels.show(distribution, CompareCharts.distribution(tableA, tableB, layer, col, nameA, nameB));
    }

    private static String units(LayerComparison.Side s) {
        return s == null ? "-" : s.values() + " of " + s.units();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String percent(LayerComparison.Side s) {
        return s == null || Double.isNaN(s.tunedFraction()) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * s.tunedFraction());
    }
}
