package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.RunDescription;
import org.unitscope.gui.internal.model.RunDraft;
import org.unitscope.gui.internal.model.RunJob;
import org.unitscope.gui.internal.model.RunQueue;
import org.unitscope.gui.internal.model.ServiceForm;
import org.unitscope.gui.internal.model.Workspace;

/**
 * The run editor: the services installed now to choose from, a form per chosen service generated from its declaration,
 * the run's own settings, the problems as the command line words them, and Save (runs/NAME.json, the format of
 * {@code conf/runs}) and Run (queued; results in results/NAME/, or NAME-2, ... for a run again).
 */
public final class RunEditorView extends JPanel {
    private final Catalog catalog;
    private final Workspace workspace;
    private final AnalysisRunner runner;
    private final RunQueue queue;
    private final Consumer<RunJob> started;
    private final ServiceChooser model = new ServiceChooser("Model", ServiceKind.MODEL, true, this::choicesChanged);
    private final ServiceChooser stimulus = new ServiceChooser("Stimulus set", ServiceKind.STIMULUS, true, this::choicesChanged);
    private final ServiceChooser metrics = new ServiceChooser("Metrics", ServiceKind.METRIC, false, this::choicesChanged);
    private final ServiceChooser estimators = new ServiceChooser("Estimators", ServiceKind.ESTIMATOR, false, this::choicesChanged);
    private final JTextField name = field("editor.name", "my run");
    private final JTextField layers = field("editor.layers", "");
    private final JTextField readout = field("editor.readout", "centre");
    private final JTextField seed = field("editor.seed", "1");
    private final JTextField batch = field("editor.batch", "auto");
    private final JPanel forms = new JPanel();
    private final JTextArea problems = new JTextArea(4, 60);
    private final JComboBox<String> saved = new JComboBox<>();
    private final JButton save = new JButton("Save");
    private final JButton run = new JButton("Run");
    private final JLabel status = new JLabel(" ");
    /** A run to open once its services are installed (a session restored before the directory was heard). */
    private String pending;

    public RunEditorView(Catalog catalog, Workspace workspace, AnalysisRunner runner, RunQueue queue, Consumer<RunJob> started) {
        super(new BorderLayout());
        this.catalog = catalog;
        this.workspace = workspace;
        this.runner = runner;
        this.queue = queue;
        this.started = started;
        setName("view.editor");
        JPanel choosers = new JPanel();
        choosers.setLayout(new BoxLayout(choosers, BoxLayout.Y_AXIS));
        for (ServiceChooser c : List.of(model, stimulus, metrics, estimators)) {
            choosers.add(c);
        }
        choosers.add(Box.createVerticalGlue());
        forms.setLayout(new BoxLayout(forms, BoxLayout.Y_AXIS));
        JPanel right = new JPanel(new BorderLayout());
        right.add(settings(), BorderLayout.NORTH);
        right.add(new JScrollPane(forms), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(choosers), right);
        split.setDividerLocation(260);
        add(split, BorderLayout.CENTER);
        add(bottom(), BorderLayout.SOUTH);
        catalog.onChange(this::catalogChanged);
        catalogChanged();
        refreshSaved();
    }

    private JPanel settings() {
        JPanel p = new JPanel(new GridLayout(2, 3, 6, 2));
        p.setBorder(BorderFactory.createTitledBorder("Run"));
        p.add(labelled("name", name));
        JPanel layerRow = new JPanel(new BorderLayout());
        layerRow.add(layers, BorderLayout.CENTER);
        layerRow.add(new LayerPicker(catalog.layers(), () -> {
            if (model.form() == null) {
                throw new IllegalStateException("choose a model first");
            }
            return model.form().toRef();
        }, layers, status::setText), BorderLayout.EAST);
        p.add(labelled("layers (comma-separated; empty = all)", layerRow));
        p.add(labelled("readout (centre, mean, ROW,COL)", readout));
        p.add(labelled("seed", seed));
        p.add(labelled("batch size (auto or a number)", batch));
        for (JTextField f : List.of(name, layers, readout, seed, batch)) {
            f.getDocument().addDocumentListener(new Edits(this::validateDraft));
        }
        return p;
    }

    private JPanel bottom() {
        problems.setName("editor.problems");
        problems.setEditable(false);
        problems.setForeground(ServiceFormPanel.ERROR);
        saved.setName("editor.saved");
        JButton open = new JButton("Open");
        open.setName("editor.open");
        open.addActionListener(e -> openSaved());
        save.setName("editor.save");
        save.addActionListener(e -> save());
        run.setName("editor.run");
        run.addActionListener(e -> run());
        status.setName("editor.status");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.add(new JLabel("saved runs"));
        buttons.add(saved);
        buttons.add(open);
        buttons.add(save);
        buttons.add(run);
        buttons.add(status);
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JScrollPane(problems), BorderLayout.CENTER);
        p.add(buttons, BorderLayout.SOUTH);
        return p;
    }

    private void catalogChanged() {
        for (ServiceChooser c : List.of(model, stimulus, metrics, estimators)) {
            c.refresh(catalog.entries(c.kind()));
        }
        if (pending != null) {
            open(pending);
        }
        choicesChanged();
    }

    private void choicesChanged() {
        forms.removeAll();
        for (ServiceChooser c : List.of(model, stimulus, metrics, estimators)) {
            for (ServiceForm f : c.forms()) {
                forms.add(new ServiceFormPanel(f, this::validateDraft));
            }
        }
        forms.add(Box.createVerticalGlue());
        forms.revalidate();
        forms.repaint();
        validateDraft();
    }

    /** The draft as the editor shows it now. */
    public RunDraft draft() {
        return new RunDraft(name.getText(), model.form(), layers.getText(), readout.getText(), stimulus.form(),
                metrics.forms(), estimators.forms(), seed.getText(), batch.getText());
    }

    private void validateDraft() {
        List<String> p = draft().problems();
        problems.setText(String.join("\n", p));
        save.setEnabled(p.isEmpty());
        run.setEnabled(p.isEmpty());
    }

    private void save() {
        try {
            RunDescription d = draft().toDescription();
            Files.writeString(workspace.runFile(d.name()), runner.toJson(d));
            status.setText("saved " + workspace.root().relativize(workspace.runFile(d.name())));
            refreshSaved();
        } catch (IOException | RuntimeException e) {
            status.setText("not saved: " + e.getMessage());
        }
    }

    private void run() {
        try {
            RunDescription d = draft().toDescription();
            Files.writeString(workspace.runFile(d.name()), runner.toJson(d));
            refreshSaved();
            RunJob job = queue.submit(d, workspace.newResultsFolder(d.name(), queue.jobs().stream().map(RunJob::output).toList()));
            status.setText("queued run " + job.number() + ": " + d.name());
            started.accept(job);
        } catch (IOException | RuntimeException e) {
            status.setText("not started: " + e.getMessage());
        }
    }

    private void refreshSaved() {
        try {
            Object was = saved.getSelectedItem();
            saved.removeAllItems();
            workspace.savedRuns().forEach(saved::addItem);
            if (was != null) {
                saved.setSelectedItem(was);
            }
        } catch (IOException e) {
            status.setText("cannot list " + workspace.runs() + ": " + e.getMessage());
        }
    }

    /** The saved run the editor shows (session), or null. */
    public String shownRun() {
        return (String) saved.getSelectedItem();
    }

    /**
     * Opens a saved run description into the editor (session restore): its services are chosen as soon as they are
     * all installed.
     */
    public void open(String runName) {
        saved.setSelectedItem(runName);
        pending = openSaved() ? null : runName;
    }

    /** Shows the selected saved run; false when some of its services are not installed (yet). */
    private boolean openSaved() {
        Object item = saved.getSelectedItem();
        if (item == null) {
            return true;
        }
        try {
            String json = Files.readString(workspace.runs().resolve(item + ".json"));
            List<String> missing = new DraftLoader(runner.parse(json), model, stimulus, metrics, estimators)
                    .load(name, layers, readout, seed, batch);
            status.setText(missing.isEmpty() ? "opened " + item : String.join("; ", missing));
            choicesChanged();
            return missing.isEmpty();
        } catch (IOException | RuntimeException e) {
            status.setText("cannot open " + item + ": " + e.getMessage());
            return true;
        }
    }

    private static JTextField field(String name, String text) {
        JTextField f = new JTextField(text, 14);
        f.setName(name);
        return f;
    }

    private static JPanel labelled(String label, javax.swing.JComponent field) {
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel(label), BorderLayout.NORTH);
        p.add(field, BorderLayout.CENTER);
        return p;
    }
}
