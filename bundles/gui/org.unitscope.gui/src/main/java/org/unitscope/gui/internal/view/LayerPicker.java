package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.gui.internal.model.ModelLayers;
import org.unitscope.gui.internal.model.RunDraft;

/**
 * The run editor's "Choose..." button beside the layers field: loads the chosen model with its form's parameters (off
 * the event thread: seconds for VGG16), lists its layers with their widths, and writes the choice into the field, which
 * stays editable.
 */
final class LayerPicker extends JButton {
    private final ModelLayers layers;
    private final Supplier<ComponentRef> model;
    private final JTextField field;
    private final Consumer<String> status;

    /** @param model the model as its form stands now; throws with the form's message when it is not valid */
    LayerPicker(ModelLayers layers, Supplier<ComponentRef> model, JTextField field, Consumer<String> status) {
        super("Choose...");
        this.layers = layers;
        this.model = model;
        this.field = field;
        this.status = status;
        setName("editor.layers.choose");
        addActionListener(e -> load());
    }

    private void load() {
        ComponentRef ref;
        try {
            ref = model.get();
        } catch (RuntimeException e) {
            status.accept("cannot list the layers: " + e.getMessage());
            return;
        }
        setEnabled(false);
        status.accept("loading " + ref.id() + " to list its layers...");
        new SwingWorker<List<ModelLayers.Layer>, Void>() {
            @Override
            protected List<ModelLayers.Layer> doInBackground() {
                return layers.of(ref);
            }

            @Override
            protected void done() {
                setEnabled(true);
                try {
                    List<ModelLayers.Layer> offered = get();
                    status.accept(ref.id() + ": " + offered.size() + " layers");
                    choose(offered);
                } catch (ExecutionException e) {
                    status.accept("cannot load " + ref.id() + ": " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void choose(List<ModelLayers.Layer> offered) {
        List<String> typed = RunDraft.layerNames(field.getText());
        JList<ModelLayers.Layer> list = new JList<>(offered.toArray(ModelLayers.Layer[]::new));
        list.setName("editor.layers.list");
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.setVisibleRowCount(Math.min(16, offered.size()));
        for (int i = 0; i < offered.size(); i++) {
            if (typed.contains(offered.get(i).name())) {
                list.addSelectionInterval(i, i);
            }
        }
        JDialog dialog = new JDialog((Window) SwingUtilities.getWindowAncestor(this), "Layers", JDialog.ModalityType.MODELESS);
        dialog.setName("editor.layers.dialog");
        JButton ok = new JButton("OK");
        ok.setName("editor.layers.ok");
        ok.addActionListener(e -> {
            List<String> chosen = new ArrayList<>(list.getSelectedValuesList().stream().map(ModelLayers.Layer::name).toList());
            field.setText(ModelLayers.text(offered, chosen, typed));
            dialog.dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        buttons.add(cancel);
        dialog.getContentPane().add(new JLabel("Ctrl- or Shift-click for several; none = every layer"), BorderLayout.NORTH);
        dialog.getContentPane().add(new JScrollPane(list), BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.pack();
        dialog.setLocationRelativeTo(this);
        dialog.setVisible(true);
    }
}
