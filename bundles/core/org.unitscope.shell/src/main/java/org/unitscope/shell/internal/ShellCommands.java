package org.unitscope.shell.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.unitscope.api.directory.ServiceDirectory;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.unitscope.api.cluster.ClusterLauncher;
import org.unitscope.api.plugin.PluginInstaller;
import org.unitscope.api.run.AnalysisRunner;
import org.unitscope.api.run.RunHandle;

/**
 * The commands as Gogo functions ({@code unitscope:models}, {@code unitscope:run --config ...}) and as the
 * {@code Function<String[], Integer>} the launcher calls for {@code bin/unitscope CMD ...}: one implementation.
 */
@Component(service = Function.class, property = {
        "osgi.command.scope=unitscope",
        "osgi.command.function=models", "osgi.command.function=stimuli", "osgi.command.function=metrics",
        "osgi.command.function=estimators", "osgi.command.function=layers", "osgi.command.function=check", "osgi.command.function=run", "osgi.command.function=reproduce", "osgi.command.function=report",
        "osgi.command.function=plugins", "osgi.command.function=train", "osgi.command.function=gui", "osgi.command.function=cluster",
        "unitscope.cli=true"})
public class ShellCommands implements Function<String[], Integer>, Services {
    private final AtomicReference<RunHandle> current = new AtomicReference<>();
    private BundleContext context;

    @Reference
    private AnalysisRunner runner;

    @Reference
    private ServiceDirectory directory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginInstaller installer;

    /** The workbench GUI (feature gui), when installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, service = Function.class,
            target = "(unitscope.gui=true)")
    private volatile Function<String[], Integer> gui;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ClusterLauncher clusterLauncher;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    /** On shutdown (Ctrl-C on the command line) the run in progress stops and writes what it has. */
    @Deactivate
    void deactivate() {
        RunHandle h = current.get();
        if (h != null) {
            h.cancel("interrupted (unitscope is shutting down)");
            try {
                h.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public Integer apply(String[] args) {
        return new UnitscopeCli(this, runner, current).execute(args, System.out, System.err, System.console() != null);
    }

    private void gogo(String command, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        new UnitscopeCli(this, runner, current).execute(all, System.out, System.out, false);
    }

    public void models() {
        gogo("models");
    }

    public void stimuli() {
        gogo("stimuli");
    }

    public void metrics() {
        gogo("metrics");
    }

    public void estimators() {
        gogo("estimators");
    }

    public void layers(String... args) {
        gogo("layers", args);
    }

    public void check(String... args) {
        gogo("check", args);
    }

    public void run(String... args) {
        gogo("run", args);
    }

    public void reproduce(String... args) {
        gogo("reproduce", args);
    }

    public void report(String... args) {
        gogo("report", args);
    }

    public void plugins(String... args) {
        gogo("plugins", args);
    }

    public void train(String... args) {
        gogo("train", args);
    }

    public void gui(String... args) {
        gogo("gui", args);
    }

    public void cluster(String... args) {
        gogo("cluster", args);
    }

    // ---- Services: what the commands see

    @Override
    public ServiceDirectory directory() {
        return directory;
    }

    @Override
    public Optional<PluginInstaller> pluginInstaller() {
        return Optional.ofNullable(installer);
    }

    @Override
    public Optional<Function<String[], Integer>> gui(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (gui == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return Optional.ofNullable(gui);
    }

    @Override
    public Optional<ClusterLauncher> clusterLauncher() {
        return Optional.ofNullable(clusterLauncher);
    }

    @Override
    public Path pluginsFolder() {
        String dir = context.getProperty("felix.fileinstall.dir");
        return Path.of(dir == null ? "plugins" : dir).toAbsolutePath();
    }

    @Override
    public List<String> pluginBundles() {
        String folder = pluginsFolder().toUri().toString();
        List<String> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String loc = b.getLocation();
            if (loc.contains(folder) || loc.contains(pluginsFolder().toString())) {
                out.add(b.getSymbolicName() + " " + b.getVersion() + " " + state(b.getState()) + "  (" + loc + ")");
            }
        }
        return out;
    }

    private static String state(int s) {
        switch (s) {
            case Bundle.ACTIVE:
                return "active";
            case Bundle.RESOLVED:
                return "resolved";
            case Bundle.INSTALLED:
                return "installed (unresolved: check its imports)";
            case Bundle.STARTING:
                return "starting";
            case Bundle.STOPPING:
                return "stopping";
            default:
                return "state " + s;
        }
    }
}
