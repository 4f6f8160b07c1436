package org.unitscope.gui.internal;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Reference;
import org.unitscope.api.Parameters;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.unitscope.api.gui.WorkbenchViewProvider;
import org.unitscope.api.plugin.PluginInstaller;
import org.unitscope.api.directory.ServiceDirectory;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.gui.internal.model.ModelLayers;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.gui.internal.model.BundleRow;
import org.unitscope.gui.internal.model.RecentWorkspaces;
import org.unitscope.gui.internal.model.Workspace;
import org.unitscope.gui.internal.view.Catalog;
import org.unitscope.gui.internal.view.WorkbenchWindow;

/**
 * {@code unitscope gui [WORKSPACE]}: the shell's {@code gui} command calls this function, which opens the workbench
 * window on the workspace (default {@code ~/unitscope-workspace}) and returns when the window is closed; a workspace
 * chosen in the window's menu opens next. The recent workspaces are kept in {@code ~/.unitscope/recent-workspaces.json}
 * (system property {@code unitscope.gui.recent} names another file).
 */
@Component(service = Function.class, property = "unitscope.gui=true")
public class GuiComponent implements Function<String[], Integer> {
    private final AtomicReference<WorkbenchWindow> window = new AtomicReference<>();
    private final ViewProviders viewProviders = new ViewProviders(window::get);
    private BundleContext context;

    @Reference
    private ServiceDirectory directory;

    @Reference
    private AnalysisRunner runner;

    /** Install from file... and Remove in the Plugins view; the view says so when the repository bundle is not running. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginInstaller installer;

    /** unitscope-cluster as a child process (Run > Run on cluster...), from the shell bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.unitscope.api.cluster.ClusterLauncher cluster;

    /** Views contributed by plugins: docked and undocked live (a placeholder stays where a removed one was). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addViewProvider(ServiceReference<WorkbenchViewProvider> ref, WorkbenchViewProvider provider) {
        viewProviders.added(ref, provider);
    }

    void removeViewProvider(WorkbenchViewProvider provider) {
        viewProviders.removed(provider);
    }

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
    }

    /** The bundle stopping (the framework shutting down) closes the window, which cancels queued runs. */
    @Deactivate
    void deactivate() {
        WorkbenchWindow w = window.get();
        if (w != null) {
            EventQueue.invokeLater(w::dispose);
        }
    }

    @Override
    public Integer apply(String[] args) {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("error: no display: the workbench GUI needs one (bin/unitscope gui runs Java without "
                    + "java.awt.headless; on a server use xvfb-run or ssh -X)");
            return 1;
        }
        Path next = args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("user.home"), "unitscope-workspace");
        RecentWorkspaces recent = new RecentWorkspaces(Path.of(System.getProperty("unitscope.gui.recent",
                Path.of(System.getProperty("user.home"), ".unitscope", "recent-workspaces.json").toString())));
        try {
            while (next != null) {
                Workspace w = Workspace.open(next);
                next = open(w, remember(recent, w));
            }
            return 0;
        } catch (java.io.IOException e) {
            System.err.println("error: cannot open workspace " + next + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static List<Path> remember(RecentWorkspaces recent, Workspace w) {
        try {
            return recent.opened(w.root());
        } catch (java.io.IOException e) {
            System.err.println("unitscope: could not update the recent workspaces: " + e.getMessage());
            return recent.list();
        }
    }

    /** Loads the model that {@code ref} names, as a run would, to list its layers; the model is closed at once. */
    private List<ModelLayers.Layer> layersOf(ComponentRef ref) {
        ServiceEntry entry = directory.find(ServiceKind.MODEL, ref.id())
                .orElseThrow(() -> new IllegalStateException("model '" + ref.id() + "' is not installed"));
        ModelBackend backend = directory.service(entry, ModelBackend.class)
                .orElseThrow(() -> new IllegalStateException("model '" + ref.id() + "' went away"));
        try (LoadedModel model = backend.load(Parameters.resolve(entry.info(), ref.parameters()))) {
            return ModelLayers.of(model.description());
        }
    }

    /** Shows the window on a workspace until it closes; returns the workspace chosen in its menu, or null. */
    private Path open(Workspace workspace, List<Path> recent) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Path> next = new AtomicReference<>();
        Catalog catalog = new Catalog(new ModelLayers(this::layersOf));
        BundleListener bundles = e -> EventQueue.invokeLater(() -> {
            WorkbenchWindow w = window.get();
            if (w != null) {
                w.bundlesChanged();
            }
        });
        try {
            EventQueue.invokeAndWait(() -> show(() -> new WorkbenchWindow(workspace, catalog, runner,
                    () -> java.util.Optional.ofNullable(installer), this::bundleRows, recent, next::set, closed::countDown,
                    () -> java.util.Optional.ofNullable(cluster))));
            System.err.printf(java.util.Locale.ROOT, "unitscope: workbench window open on %s, %.1f s after the JVM started%n",
                    workspace.root(), (System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0);
        } catch (java.lang.reflect.InvocationTargetException e) {
            e.getCause().printStackTrace(); // a bug, not a user error: its trace is what a report needs
            throw new IllegalStateException("the workbench window could not open: " + e.getCause(), e.getCause());
        }
        directory.addListener(catalog);
        context.addBundleListener(bundles);
        try {
            closed.await();
        } finally {
            window.set(null);
            try {
                context.removeBundleListener(bundles);
                directory.removeListener(catalog);
            } catch (IllegalStateException e) {
                // the framework is stopping: the listeners go with the bundle
            }
        }
        return next.get();
    }

    /** On the event thread: the plugins' views first, then the session (whose layout may place them), then visible. */
    private void show(java.util.function.Supplier<WorkbenchWindow> create) {
        LookAndFeel.install();
        long t0 = System.nanoTime();
        WorkbenchWindow w = create.get();
        viewProviders.openingWindow(w);
        w.restore();
        window.set(w);
        w.setVisible(true);
        System.err.printf(java.util.Locale.ROOT, "unitscope: window with docked views built, restored and shown in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    }

    private List<BundleRow> bundleRows() {
        List<BundleRow> out = new ArrayList<>();
        Bundle[] all;
        try {
            all = context.getBundles();
        } catch (IllegalStateException e) {
            return out; // the framework is stopping
        }
        for (Bundle b : all) {
            out.add(new BundleRow(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), BundleStates.name(b.getState()),
                    b.getLocation()));
        }
        return out;
    }
}
