package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.gui.internal.model.BundleRow;

/**
 * The bundles of the running framework (id, name, version, state, location) and the described services (kind, id,
 * version, title, provider), both following changes live: a jar dropped into plugins/ shows up without a click.
 */
public final class PluginsView extends JPanel {
    private final Supplier<List<BundleRow>> bundles;
    private final Catalog catalog;
    private final DefaultTableModel bundleModel = new DefaultTableModel(new Object[] {"id", "bundle", "version", "state", "location"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final DefaultTableModel serviceModel = new DefaultTableModel(new Object[] {"kind", "id", "version", "title", "provider"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };

    public PluginsView(Supplier<List<BundleRow>> bundles, Catalog catalog) {
        super(new BorderLayout());
        this.bundles = bundles;
        this.catalog = catalog;
        setName("view.plugins");
        JTable bundleTable = new JTable(bundleModel);
        bundleTable.setName("plugins.bundles");
        bundleTable.setAutoCreateRowSorter(true);
        JTable serviceTable = new JTable(serviceModel);
        serviceTable.setName("plugins.services");
        serviceTable.setAutoCreateRowSorter(true);
        JPanel top = new JPanel(new BorderLayout());
        top.add(new JLabel("Services (from the service directory)"), BorderLayout.NORTH);
        top.add(new JScrollPane(serviceTable), BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(new JLabel("Bundles"), BorderLayout.NORTH);
        bottom.add(new JScrollPane(bundleTable), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottom);
        split.setDividerLocation(300);
        add(split, BorderLayout.CENTER);
        catalog.onChange(this::refreshServices);
        refreshServices();
        refreshBundles();
    }

    /** Lists the bundles again (called on the event thread after a bundle event). */
    public void refreshBundles() {
        bundleModel.setRowCount(0);
        for (BundleRow b : bundles.get()) {
            bundleModel.addRow(new Object[] {b.id(), b.symbolicName(), b.version(), b.state(), b.location()});
        }
    }

    private void refreshServices() {
        serviceModel.setRowCount(0);
        for (ServiceEntry e : catalog.all()) {
            serviceModel.addRow(new Object[] {e.kind().words(), e.id(), e.version(), e.title(), e.provider()});
        }
    }
}
