package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.event.HierarchyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.Timer;
import org.unitscope.api.cluster.ClusterLauncher;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.gui.internal.model.ClusterChoice;
import org.unitscope.gui.internal.model.BundleRow;
import org.unitscope.gui.internal.model.ContributedViews;
import org.unitscope.gui.internal.model.Perspective;
import org.unitscope.gui.internal.model.RunJob;
import org.unitscope.gui.internal.model.RunQueue;
import org.unitscope.gui.internal.model.SessionState;
import org.unitscope.gui.internal.model.SessionStore;
import org.unitscope.gui.internal.model.ViewIds;
import org.unitscope.gui.internal.model.Workspace;

/**
 * The workbench window on one workspace: the run editor, progress, results, compare and plugins views, and the views
 * plugins contribute, docked in perspectives (Perspective menu) and brought to front from the View menu; the session
 * (bounds, perspective and its layout, results selection, the run in the editor) restored when it opens and saved when
 * it closes.
 */
public final class WorkbenchWindow extends JFrame {
    private final Workspace workspace;
    private final SessionStore store;
    private final RunQueue queue;
    private final DockingController docking;
    private final RunEditorView editor;
    private final ProgressView progress;
    private final ResultsView results;
    private final PluginsView plugins;
    private final CompareView compare;
    private final JMenu viewMenu;
    private final JLabel status = new JLabel(" ");
    private final Supplier<Optional<ClusterLauncher>> cluster;
    private SessionState session;
    private int finishedSeen;
    private boolean closing;

    public WorkbenchWindow(Workspace workspace, Catalog catalog, AnalysisRunner runner, Supplier<java.util.Optional<org.unitscope.api.plugin.PluginInstaller>> installer,
            Supplier<List<BundleRow>> bundles, List<java.nio.file.Path> recent, java.util.function.Consumer<java.nio.file.Path> switchTo,
            Runnable closed, Supplier<Optional<ClusterLauncher>> cluster) {
        super("unitscope - " + workspace.root());
        this.workspace = workspace;
        this.store = new SessionStore(workspace.sessionFile());
        this.queue = new RunQueue(runner);
        this.session = store.load();
        this.cluster = cluster;
        setName("workbench");
        docking = new DockingController(this, workspace, session.contributedViews());
        progress = new ProgressView(queue);
        editor = new RunEditorView(catalog, workspace, runner, queue, this::runStarted);
        results = new ResultsView(workspace, s -> session = session.withSelection(s.run(), s.layer(), s.row()).withFilter(s.filter()));
        plugins = new PluginsView(bundles, catalog, installer);
        compare = new CompareView(workspace);
        registerBuiltInViews();
        status.setName("status");
        WorkspaceMenu bar = new WorkspaceMenu(this, recent, path -> {
            switchTo.accept(path);
            dispose();
        });
        bar.add(runMenu());
        bar.add(PerspectiveMenus.perspectives(docking::active, this::showPerspective, docking::reset));
        viewMenu = PerspectiveMenus.views(this::viewEntries, this::showView);
        bar.add(viewMenu);
        setJMenuBar(bar);
        getContentPane().add(docking.root(), BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                queue.close();
                closed.run();
            }
        });
        new Timer(500, e -> watchQueue()).start();
    }

    private void registerBuiltInViews() {
        docking.addView(ViewIds.EDITOR, ViewIds.title(ViewIds.EDITOR), editor);
        docking.addView(ViewIds.PROGRESS, ViewIds.title(ViewIds.PROGRESS), progress);
        docking.addView(ViewIds.RESULTS, ViewIds.title(ViewIds.RESULTS), results);
        docking.addView(ViewIds.COMPARE, ViewIds.title(ViewIds.COMPARE), compare);
        docking.addView(ViewIds.PLUGINS, ViewIds.title(ViewIds.PLUGINS), plugins);
        // the runs to compare are listed afresh whenever the view comes into sight (a tab chosen, a perspective shown)
        compare.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && compare.isShowing()) {
                compare.refreshRuns();
            }
        });
    }

    /** Restores the session: call once, after the views present now were added (so the layout can place them). */
    public void restore() {
        setBounds(session.x(), session.y(), session.width(), session.height());
        long t0 = System.nanoTime();
        showPerspective(Perspective.byId(session.perspective()));
        System.err.printf(java.util.Locale.ROOT, "unitscope: %s layout restored in %.0f ms%n", docking.active().title(),
                (System.nanoTime() - t0) / 1e6);
        if (session.activeView() != null && docking.docked().contains(session.activeView())) {
            docking.show(session.activeView());
        }
        if (session.editedRun() != null) {
            editor.open(session.editedRun());
        }
        results.restore(session.selectedRun(), session.filter(), session.selectedUnit());
    }

    /** Switches perspective; the Receptive fields one shows the results' receptive-field charts. */
    private void showPerspective(Perspective p) {
        docking.switchTo(p);
        if (p.receptiveFieldCharts()) {
            JTabbedPane charts = ChartTabs.find(results);
            if (charts != null) {
                int tab = charts.indexOfTab("receptive field");
                charts.setSelectedIndex(Math.max(tab, 0));
            }
        }
        status.setText(p.title() + " perspective - workspace " + workspace.root());
    }

    private void showView(String id) {
        docking.show(id);
        session = session.withWindow(session.x(), session.y(), session.width(), session.height(), id);
    }

    private List<PerspectiveMenus.Entry> viewEntries() {
        List<PerspectiveMenus.Entry> out = new ArrayList<>();
        ViewIds.BUILT_IN.forEach(id -> out.add(new PerspectiveMenus.Entry(id, ViewIds.title(id))));
        docking.present().forEach(v -> out.add(new PerspectiveMenus.Entry(v.id(), v.title())));
        return out;
    }

    private void runStarted(RunJob job) {
        showView(ViewIds.PROGRESS);
        progress.select(job);
    }

    /** Run > Run on cluster...: a survey or a sharded run queued like a local run. */
    private JMenu runMenu() {
        JMenu menu = new JMenu("Run");
        menu.setName("menu.run");
        JMenuItem item = new JMenuItem("Run on cluster...");
        item.setName("menu.run.cluster");
        item.addActionListener(e -> runOnCluster());
        menu.add(item);
        return menu;
    }

    private void runOnCluster() {
        Optional<ClusterLauncher> launcher = cluster.get();
        if (launcher.isEmpty()) {
            status.setText("no cluster launcher: the shell bundle (org.unitscope.shell) provides it");
            return;
        }
        List<java.nio.file.Path> reserved = queue.jobs().stream().map(RunJob::output).toList();
        Optional<ClusterChoice> choice = ClusterDialog.ask(this, workspace, editor.shownRun(), reserved);
        choice.ifPresent(c -> {
            RunJob job = queue.submitCluster(c.name(), launcher.get(), c.request());
            status.setText("queued cluster run " + job.number() + ": " + c.name() + " into " + c.request().out());
            runStarted(job);
        });
    }

    /**
     * When a run ends with results, the browser lists it and shows it; a cluster run's first run with a units table,
     * and a survey's survey.csv in a table of its own.
     */
    private void watchQueue() {
        List<RunJob> done = queue.jobs().stream().filter(j -> j.status() == RunJob.Status.COMPLETE
                || j.status() == RunJob.Status.INCOMPLETE).toList();
        if (done.size() != finishedSeen) {
            finishedSeen = done.size();
            RunJob last = done.get(done.size() - 1);
            String shown = ClusterResults.unitsFolder(last.output()).map(p -> workspace.results().relativize(p).toString())
                    .orElse(last.output().getFileName().toString());
            results.show(shown.replace(java.io.File.separatorChar, '/'));
            String line = "run " + last.number() + " " + last.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + last.output();
            if (last.onCluster()) {
                line = last.results().stream().filter(p -> p.getFileName().toString().equals("survey.csv")).findFirst()
                        .map(csv -> SurveyTableDialog.open(this, csv)).orElse(line);
            }
            status.setText(line);
        }
    }

    /** Called by the bundle listener (on the event thread). */
    public void bundlesChanged() {
        plugins.refreshBundles();
    }

    /**
     * A plugin's view service appeared (event thread): docked now when {@code live} (the window was open), else placed by
     * the layout restored next; it replaces its placeholder if there is one.
     */
    public void viewAdded(ContributedViews.View view, String perspective, Supplier<JComponent> create, boolean live) {
        docking.viewAdded(view, perspective, create, live);
        PerspectiveMenus.refill(viewMenu);
    }

    /** A plugin's view service went away (event thread): a placeholder takes its place. */
    public void viewRemoved(String id) {
        docking.viewRemoved(id);
        PerspectiveMenus.refill(viewMenu);
    }

    /**
     * Saves the session and the layout, and hands the docking state back, before the window goes: once disposed, the
     * docking library no longer knows the window's root panel.
     */
    @Override
    public void dispose() {
        if (!closing) {
            closing = true;
            try {
                saveSession();
            } finally {
                try {
                    docking.close();
                } finally {
                    super.dispose(); // the window goes even if saving failed (saveSession reports its own errors)
                }
            }
            return;
        }
        super.dispose();
    }

    private void saveSession() {
        docking.saveActive();
        session = session.withWindow(getX(), getY(), getWidth(), getHeight(), session.activeView()).withEditedRun(editor.shownRun())
                .withDocking(docking.active(), docking.docked(), docking.known());
        try {
            store.save(session);
        } catch (IOException e) {
            System.err.println("unitscope: could not save the session to " + workspace.sessionFile() + ": " + e.getMessage());
        }
    }
}
