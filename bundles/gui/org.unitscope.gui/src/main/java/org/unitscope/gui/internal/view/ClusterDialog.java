package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.unitscope.gui.internal.model.ClusterChoice;
import org.unitscope.gui.internal.model.Workspace;

/**
 * Run &gt; Run on cluster...: a survey file, or a saved run with a shard count (its reverse correlation sharded), the
 * Spark master and the unitscope-cluster folder (empty: found automatically). Start checks the fields and closes
 * with the choice; a wrong field is named under them and the dialog stays.
 */
final class ClusterDialog extends JDialog {
    private static final String SURVEY = "survey file";
    private static final String SHARDED = "saved run, receptive fields in shards";
    private final JComboBox<String> kind = new JComboBox<>(new String[] {SURVEY, SHARDED});
    private final JTextField survey = field("cluster.survey", "");
    private final JComboBox<String> run = new JComboBox<>();
    private final JTextField shards = field("cluster.shards", "2");
    private final JTextField master = field("cluster.master", "local[2]");
    private final JTextField home = field("cluster.home", "");
    private final JLabel error = new JLabel(" ");
    private final Workspace workspace;
    private final Collection<Path> reserved;
    private ClusterChoice choice;

    private ClusterDialog(Frame owner, Workspace workspace, String shownRun, Collection<Path> reserved) {
        super(owner, "Run on cluster", true);
        this.workspace = workspace;
        this.reserved = reserved;
        setName("cluster-dialog");
        kind.setName("cluster.kind");
        run.setName("cluster.run");
        error.setName("cluster.error");
        savedRuns().forEach(run::addItem);
        if (shownRun != null) {
            run.setSelectedItem(shownRun);
        }
        JPanel form = new JPanel(new GridLayout(0, 2, 6, 4));
        form.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        form.add(new JLabel("what"));
        form.add(kind);
        form.add(new JLabel("survey description (JSON)"));
        form.add(withBrowse());
        form.add(new JLabel("saved run (needs receptiveField.blockSize)"));
        form.add(run);
        form.add(new JLabel("shards"));
        form.add(shards);
        form.add(new JLabel("Spark master"));
        form.add(master);
        form.add(new JLabel("unitscope-cluster folder (empty: automatic)"));
        form.add(home);
        kind.addActionListener(e -> enableFields());
        enableFields();
        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(buttons(), BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog (modal) and returns what was chosen, empty when cancelled. */
    static Optional<ClusterChoice> ask(Frame owner, Workspace workspace, String shownRun, Collection<Path> reserved) {
        ClusterDialog d = new ClusterDialog(owner, workspace, shownRun, reserved);
        d.setVisible(true);
        return Optional.ofNullable(d.choice);
    }

    private JPanel withBrowse() {
        JPanel p = new JPanel(new BorderLayout());
        p.add(survey, BorderLayout.CENTER);
        JButton browse = new JButton("Browse...");
        browse.setName("cluster.browse");
        browse.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(workspace.root().toFile());
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                survey.setText(chooser.getSelectedFile().toString());
            }
        });
        p.add(browse, BorderLayout.EAST);
        return p;
    }

    private JPanel buttons() {
        JPanel south = new JPanel(new BorderLayout());
        error.setForeground(new java.awt.Color(0xB00020));
        south.add(error, BorderLayout.CENTER);
        JPanel b = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JButton start = new JButton("Start");
        start.setName("cluster.start");
        start.addActionListener(e -> start());
        JButton cancel = new JButton("Cancel");
        cancel.setName("cluster.cancel");
        cancel.addActionListener(e -> dispose());
        b.add(start);
        b.add(cancel);
        south.add(b, BorderLayout.SOUTH);
        return south;
    }

    private void enableFields() {
        boolean isSurvey = SURVEY.equals(kind.getSelectedItem());
        survey.setEnabled(isSurvey);
        run.setEnabled(!isSurvey);
        shards.setEnabled(!isSurvey);
    }

    private void start() {
        try {
            choice = ClusterChoice.of(SURVEY.equals(kind.getSelectedItem()) ? ClusterChoice.Kind.SURVEY : ClusterChoice.Kind.SHARDED_RUN,
                    survey.getText(), (String) run.getSelectedItem(), shards.getText(), master.getText(), home.getText(), workspace, reserved);
            dispose();
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            pack();
        }
    }

    private List<String> savedRuns() {
        try {
            return workspace.savedRuns();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static JTextField field(String name, String text) {
        JTextField f = new JTextField(text, 28);
        f.setName(name);
        return f;
    }
}
