package org.unitscope.gui.internal.view;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.unitscope.gui.internal.model.UnitsTable;

/** Run > layer > unit; choosing a unit reports its row in units.csv. */
final class UnitTree extends JTree {
    private Map<String, List<Integer>> layers = Map.of();
    private boolean quiet;

    /** A unit node: the label shown and the row it stands for. */
    private record Unit(String label, int row) {
        @Override
        public String toString() {
            return label;
        }
    }

    UnitTree(IntConsumer chosen) {
        super(new DefaultTreeModel(new DefaultMutableTreeNode("no run")));
        setName("results.tree");
        addTreeSelectionListener(e -> {
            Object node = e.getPath().getLastPathComponent();
            if (!quiet && node instanceof DefaultMutableTreeNode n && n.getUserObject() instanceof Unit u) {
                chosen.accept(u.row());
            }
        });
    }

    void show(String run, UnitsTable table) {
        DefaultMutableTreeNode root = new DefaultMutableTreeNode(run);
        layers = table.layers();
        layers.forEach((layer, rows) -> {
            DefaultMutableTreeNode l = new DefaultMutableTreeNode(layer + " (" + rows.size() + " units)");
            for (int row : rows) {
                l.add(new DefaultMutableTreeNode(new Unit("unit " + table.cell(row, "channel"), row)));
            }
            root.add(l);
        });
        quiet = true; // replacing the model clears the old selection: that is not the user choosing a unit
        try {
            setModel(new DefaultTreeModel(root));
        } finally {
            quiet = false;
        }
        for (int i = 0; i < getRowCount(); i++) {
            expandRow(i);
            if (i > 40) {
                break;
            }
        }
    }

    /** Selects a unit's node without reporting it back. */
    void select(String layer, int index) {
        DefaultMutableTreeNode root = (DefaultMutableTreeNode) getModel().getRoot();
        int l = List.copyOf(layers.keySet()).indexOf(layer);
        if (l < 0 || l >= root.getChildCount() || index >= root.getChildAt(l).getChildCount()) {
            return;
        }
        DefaultMutableTreeNode unit = (DefaultMutableTreeNode) root.getChildAt(l).getChildAt(index);
        quiet = true;
        try {
            TreePath path = new TreePath(unit.getPath());
            setSelectionPath(path);
            scrollPathToVisible(path);
        } finally {
            quiet = false;
        }
    }
}
