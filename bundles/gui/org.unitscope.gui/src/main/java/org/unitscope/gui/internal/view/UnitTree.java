package org.unitscope.gui.internal.view;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.unitscope.gui.internal.model.UnitsTable;

/** Run > network (the model id) > layer > unit; choosing a unit reports its row in units.csv, a layer its name. */
final class UnitTree extends JTree {
    private Map<String, List<Integer>> layers = Map.of();
    private boolean quiet;
    private DefaultMutableTreeNode network = new DefaultMutableTreeNode("");

    /** A layer node: the label shown and the layer's name. */
    private record Layer(String label, String name) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A unit node: the label shown and the row it stands for. */
    private record Unit(String label, int row) {
        @Override
        public String toString() {
            return label;
        }
    }

    UnitTree(IntConsumer chosen, java.util.function.Consumer<String> layerChosen) {
        super(new DefaultTreeModel(new DefaultMutableTreeNode("no run")));
        setName("results.tree");
        addTreeSelectionListener(e -> {
            Object node = e.getPath().getLastPathComponent();
            if (!quiet && node instanceof DefaultMutableTreeNode n && n.getUserObject() instanceof Unit u) {
                chosen.accept(u.row());
            } else if (!quiet && node instanceof DefaultMutableTreeNode n && n.getUserObject() instanceof Layer l) {
                layerChosen.accept(l.name());
            }
        });
    }

    void show(String run, String model, UnitsTable table) {
        DefaultMutableTreeNode root = new DefaultMutableTreeNode(run);
        network = new DefaultMutableTreeNode(model);
        root.add(network);
        layers = table.layers();
        layers.forEach((layer, rows) -> {
            DefaultMutableTreeNode l = new DefaultMutableTreeNode(new Layer(layer + " (" + rows.size() + " units)", layer));
            for (int row : rows) {
                l.add(new DefaultMutableTreeNode(new Unit("unit " + table.cell(row, "channel"), row)));
            }
            network.add(l);
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
        DefaultMutableTreeNode root = network;
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
