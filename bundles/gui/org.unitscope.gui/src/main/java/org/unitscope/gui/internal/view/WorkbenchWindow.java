package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.Timer;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.gui.internal.model.BundleRow;
import org.unitscope.gui.internal.model.RunJob;
import org.unitscope.gui.internal.model.RunQueue;
import org.unitscope.gui.internal.model.SessionState;
import org.unitscope.gui.internal.model.SessionStore;
import org.unitscope.gui.internal.model.Workspace;

/**
 * The workbench window on one workspace: the run editor, progress, results, compare and plugins views as tabs; the session
 * (bounds, view in front, results selection, the run in the editor) restored when it opens and saved when it closes.
 */
public final class WorkbenchWindow extends JFrame {
    private final Workspace workspace;
    private final SessionStore store;
    private final RunQueue queue;
    private final JTabbedPane tabs = new JTabbedPane();
    private final RunEditorView editor;
    private final ProgressView progress;
    private final ResultsView results;
    private final PluginsView plugins;
    private final CompareView compare;
    private final JLabel status = new JLabel(" ");
    private SessionState session;
    private int finishedSeen;

    public WorkbenchWindow(Workspace workspace, Catalog catalog, AnalysisRunner runner, Supplier<List<BundleRow>> bundles,
            List<java.nio.file.Path> recent, java.util.function.Consumer<java.nio.file.Path> switchTo, Runnable closed) {
        super("unitscope - " + workspace.root());
        this.workspace = workspace;
        this.store = new SessionStore(workspace.sessionFile());
        this.queue = new RunQueue(runner);
        this.session = store.load();
        setName("workbench");
        progress = new ProgressView(queue);
        editor = new RunEditorView(catalog, workspace, runner, queue, this::runStarted);
        results = new ResultsView(workspace, s -> session = session.withSelection(s.run(), s.layer(), s.row()).withFilter(s.filter()));
        plugins = new PluginsView(bundles, catalog);
        compare = new CompareView(workspace);
        tabs.setName("tabs");
        tabs.addTab("Run editor", editor);
        tabs.addTab("Progress", progress);
        tabs.addTab("Results", results);
        tabs.addTab("Compare", compare);
        tabs.addTab("Plugins", plugins);
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() == compare) {
                compare.refreshRuns();
            }
        });
        status.setName("status");
        setJMenuBar(new WorkspaceMenu(this, recent, path -> {
            switchTo.accept(path);
            dispose();
        }));
        getContentPane().add(tabs, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                saveSession();
                queue.close();
                closed.run();
            }
        });
        new Timer(500, e -> watchQueue()).start();
        restore();
    }

    private void restore() {
        setBounds(session.x(), session.y(), session.width(), session.height());
        int tab = tabs.indexOfTab(session.activeView());
        tabs.setSelectedIndex(Math.max(tab, 0));
        if (session.editedRun() != null) {
            editor.open(session.editedRun());
        }
        results.restore(session.selectedRun(), session.filter(), session.selectedUnit());
        status.setText("workspace " + workspace.root());
    }

    private void runStarted(RunJob job) {
        tabs.setSelectedComponent(progress);
        progress.select(job);
    }

    /** When a run ends with results, the browser lists it and shows it. */
    private void watchQueue() {
        List<RunJob> done = queue.jobs().stream().filter(j -> j.status() == RunJob.Status.COMPLETE
                || j.status() == RunJob.Status.INCOMPLETE).toList();
        if (done.size() != finishedSeen) {
            finishedSeen = done.size();
            RunJob last = done.get(done.size() - 1);
            results.show(last.output().getFileName().toString());
            status.setText("run " + last.number() + " " + last.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + last.output());
        }
    }

    /** Called by the bundle listener (on the event thread). */
    public void bundlesChanged() {
        plugins.refreshBundles();
    }

    private void saveSession() {
        String view = tabs.getSelectedIndex() < 0 ? null : tabs.getTitleAt(tabs.getSelectedIndex());
        session = session.withWindow(getX(), getY(), getWidth(), getHeight(), view).withEditedRun(editor.shownRun());
        try {
            store.save(session);
        } catch (IOException e) {
            System.err.println("unitscope: could not save the session to " + workspace.sessionFile() + ": " + e.getMessage());
        }
    }
}
