package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import org.unitscope.api.run.RunProgress;
import org.unitscope.gui.internal.model.RunJob;
import org.unitscope.gui.internal.model.RunQueue;

/**
 * Every run of the queue with its status, phase, done / total, rate and ETA; the selected one's progress bar and log;
 * Cancel. The view polls the jobs' snapshots four times a second, so a run's listener never touches Swing and the
 * event thread does a few microseconds of work per tick however fast the run reports.
 */
public final class ProgressView extends JPanel {
    private final RunQueue queue;
    private final JobsTableModel model = new JobsTableModel();
    private final JTable table = new JTable(model);
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel line = new JLabel(" ");
    private final JTextArea log = new JTextArea(10, 80);
    private final JButton cancel = new JButton("Cancel");
    private int shownLog = -1;
    private RunJob shown;
    private boolean refreshing;

    public ProgressView(RunQueue queue) {
        super(new BorderLayout());
        this.queue = queue;
        setName("view.progress");
        table.setName("progress.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !refreshing) {
                refresh();
            }
        });
        bar.setName("progress.bar");
        bar.setStringPainted(true);
        line.setName("progress.line");
        log.setName("progress.log");
        log.setEditable(false);
        log.setLineWrap(true);
        log.setWrapStyleWord(true);
        cancel.setName("progress.cancel");
        cancel.addActionListener(e -> {
            RunJob j = selected();
            if (j != null) {
                j.cancel();
            }
        });
        JPanel detail = new JPanel(new BorderLayout());
        JPanel top = new JPanel(new BorderLayout());
        top.add(bar, BorderLayout.CENTER);
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT));
        actions.add(cancel);
        actions.add(line);
        top.add(actions, BorderLayout.SOUTH);
        detail.add(top, BorderLayout.NORTH);
        detail.add(new JScrollPane(log), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), detail);
        split.setDividerLocation(180);
        add(split, BorderLayout.CENTER);
        new Timer(250, e -> refresh()).start();
    }

    /** Shows a job (a run just started). */
    public void select(RunJob job) {
        refresh();
        int row = queue.jobs().indexOf(job);
        if (row >= 0) {
            table.getSelectionModel().setSelectionInterval(row, row);
        }
        refresh();
    }

    private RunJob selected() {
        int row = table.getSelectedRow();
        List<RunJob> jobs = model.jobs();
        return row >= 0 && row < jobs.size() ? jobs.get(row) : null;
    }

    private void refresh() {
        int row = table.getSelectedRow();
        refreshing = true;
        try {
            model.show(queue.jobs());
            if (row >= 0 && row < model.getRowCount()) {
                table.getSelectionModel().setSelectionInterval(row, row);
            }
        } finally {
            refreshing = false;
        }
        RunJob j = selected();
        if (j == null) {
            return;
        }
        RunProgress p = j.lastProgress();
        bar.setValue(p == null || p.total() == 0 ? 0 : (int) (1000 * p.done() / p.total()));
        bar.setString(p == null ? j.status().name().toLowerCase(java.util.Locale.ROOT) : p.line());
        line.setText(j.status().name().toLowerCase(java.util.Locale.ROOT) + " - " + j.output());
        cancel.setEnabled(j.status() == RunJob.Status.RUNNING || j.status() == RunJob.Status.QUEUED);
        if (j != shown || j.logSize() != shownLog) {
            shown = j;
            shownLog = j.logSize();
            log.setText(String.join("\n", j.log()));
        }
    }
}
