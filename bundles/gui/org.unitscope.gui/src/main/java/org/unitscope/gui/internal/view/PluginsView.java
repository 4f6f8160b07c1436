package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.util.Optional;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.plugin.PluginInstaller;
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
 * Install from file... copies a bundle jar into the plugins folder and Remove deletes the selected plugin's jar, through
 * the workbench's {@link PluginInstaller} service; what happened, or why not, is said below the buttons.
 */
public final class PluginsView extends JPanel {
    private final Supplier<List<BundleRow>> bundles;
    private final Catalog catalog;
    private final Supplier<Optional<PluginInstaller>> installer;
    private final JTable bundleTable;
    private final JLabel message = new JLabel(" ");
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

    public PluginsView(Supplier<List<BundleRow>> bundles, Catalog catalog, Supplier<Optional<PluginInstaller>> installer) {
        super(new BorderLayout());
        this.bundles = bundles;
        this.catalog = catalog;
        this.installer = installer;
        setName("view.plugins");
        bundleTable = new JTable(bundleModel);
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
        add(buttons(), BorderLayout.NORTH);
        catalog.onChange(this::refreshServices);
        refreshServices();
        refreshBundles();
    }

    private JPanel buttons() {
        JButton install = new JButton("Install from file...");
        install.setName("plugins.install");
        install.addActionListener(e -> chooseAndInstall());
        JButton remove = new JButton("Remove");
        remove.setName("plugins.remove");
        remove.addActionListener(e -> removeSelected());
        message.setName("plugins.message");
        message.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 6, 4, 6));
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT));
        row.add(install);
        row.add(remove);
        JPanel p = new JPanel(new BorderLayout());
        p.add(row, BorderLayout.NORTH);
        p.add(message, BorderLayout.CENTER); // a line of its own: the view is often narrow
        return p;
    }

    private void chooseAndInstall() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("plugins.chooser");
        chooser.setFileFilter(new FileNameExtensionFilter("Plugin bundles (*.jar)", "jar"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path jar = chooser.getSelectedFile().toPath();
        withInstaller(i -> {
            Path dest = i.installFile(jar);
            say("installed " + dest.getFileName() + " into " + dest.getParent() + "; it starts within seconds", false);
        });
    }

    private void removeSelected() {
        int row = bundleTable.getSelectedRow();
        if (row < 0) {
            say("select a plugin's bundle in the table first", true);
            return;
        }
        String bsn = String.valueOf(bundleModel.getValueAt(bundleTable.convertRowIndexToModel(row), 1));
        withInstaller(i -> {
            Path gone = i.remove(bsn);
            say("removed " + gone.getFileName() + "; its services and views go within seconds", false);
        });
    }

    /** Runs an action of the installer service, saying why not when it is missing or refuses. */
    private void withInstaller(java.util.function.Consumer<PluginInstaller> action) {
        Optional<PluginInstaller> i = installer.get();
        if (i.isEmpty()) {
            say("the plugin installer (bundle org.unitscope.repository) is not running", true);
            return;
        }
        try {
            action.accept(i.get());
        } catch (UnitscopeException e) {
            say(e.getMessage(), true);
        }
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.setForeground(javax.swing.UIManager.getColor(error ? "Component.error.focusedBorderColor" : "Label.foreground"));
        message.setToolTipText(text);
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
