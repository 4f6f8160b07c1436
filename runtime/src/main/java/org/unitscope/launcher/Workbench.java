package org.unitscope.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts Apache Felix on a distribution: the stable layer (framework, DJL, Gson) on the class path and
 * exported by the system bundle, the features' bundles installed and started in feature order, FileInstall
 * watching plugins/. Used by {@link Main} and, unchanged, by the integration tests.
 */
public final class Workbench implements AutoCloseable {
    private static final String SHELL = "org.apache.felix.gogo.shell";
    private final Distribution dist;
    private final Framework framework;
    private final Path storage;

    private Workbench(Distribution dist, Framework framework, Path storage) {
        this.dist = dist;
        this.framework = framework;
        this.storage = storage;
    }

    /**
     * Starts the framework with the given features (all when empty).
     *
     * @param interactive whether the Gogo shell reads the terminal
     */
    public static Workbench start(Distribution dist, List<String> features, boolean interactive, Map<String, String> extra)
            throws IOException, BundleException {
        Map<String, String> config = new HashMap<>();
        Properties p = new Properties();
        Path conf = dist.conf().resolve("unitscope.properties");
        if (Files.isRegularFile(conf)) {
            try (InputStream in = Files.newInputStream(conf)) {
                p.load(in);
            }
        }
        p.forEach((k, v) -> config.put(k.toString(), v.toString()));
        // each process gets its own framework storage: concurrent commands never share a cache; those of killed
        // processes (SIGKILL runs no clean-up) are removed here
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long freed = FrameworkStorage.sweep(tmp, FrameworkStorage::alive);
        if (freed > 0) {
            System.err.printf(java.util.Locale.ROOT, "unitscope: removed %.1f MB of framework storage left by killed processes in %s%n",
                    freed / 1e6, tmp);
        }
        Path storage = FrameworkStorage.create(tmp);
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.exports(dist.libJars()) + ",sun.misc");
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.*,com.sun.*");
        config.put("felix.fileinstall.dir", dist.plugins().toAbsolutePath().toString());
        config.putIfAbsent("felix.fileinstall.poll", "1000");
        config.putIfAbsent("felix.fileinstall.noInitialDelay", "true");
        config.putIfAbsent("felix.fileinstall.bundles.new.start", "true");
        config.put("felix.fileinstall.tmpdir", storage.resolve("fileinstall").toString());
        config.put("gosh.args", interactive ? "--quiet" : "--nointeractive");
        config.put("unitscope.home", dist.home().toAbsolutePath().toString());
        config.putAll(extra);
        Files.createDirectories(dist.plugins());

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, Workbench.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path (lib/)"));
        Framework fw = factory.newFramework(config);
        fw.init();
        Workbench wb = new Workbench(dist, fw, storage);
        try {
            wb.installFeatures(features.isEmpty() ? dist.features() : features);
            fw.start();
        } catch (IOException | BundleException | RuntimeException e) {
            wb.close();
            throw e;
        }
        return wb;
    }

    private void installFeatures(List<String> features) throws IOException, BundleException {
        BundleContext ctx = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (String f : features) {
            if (!Files.isDirectory(dist.bundles().resolve(f))) {
                throw new IOException("no feature '" + f + "' in " + dist.bundles());
            }
            for (Path jar : dist.bundlesOf(f)) {
                installed.add(ctx.installBundle(jar.toUri().toString()));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Bundle b : installed) {
            // the shell reads the terminal as soon as it starts: it starts once the commands are there (startShell)
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null || SHELL.equals(b.getSymbolicName())) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException e) {
                problems.add(b.getSymbolicName() + ": " + e.getMessage());
            }
        }
        // bundles not started yet (the shell) must resolve too: a feature that does not resolve fails here
        framework.adapt(org.osgi.framework.wiring.FrameworkWiring.class).resolveBundles(installed);
        for (Bundle b : installed) {
            if (b.getState() == Bundle.INSTALLED) {
                problems.add(b.getSymbolicName() + ": does not resolve");
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException("bundles that do not resolve:\n  " + String.join("\n  ", problems));
        }
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public Framework framework() {
        return framework;
    }

    /** The command line function registered by the shell bundle, waiting up to {@code millis} for it. */
    @SuppressWarnings("unchecked")
    public Function<String[], Integer> commands(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        BundleContext ctx = context();
        while (System.currentTimeMillis() < deadline) {
            try {
                var refs = ctx.getServiceReferences(Function.class, "(unitscope.cli=true)");
                if (!refs.isEmpty()) {
                    ServiceReference<Function> ref = refs.iterator().next();
                    return (Function<String[], Integer>) ctx.getService(ref);
                }
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the unitscope commands did not appear within " + millis + " ms; "
                + "a bundle of the core feature may not have started (run with -Dfelix.log.level=4)");
    }

    /** Starts the Gogo shell on the terminal (interactive sessions only). */
    public void startShell() throws BundleException {
        for (Bundle b : context().getBundles()) {
            if (SHELL.equals(b.getSymbolicName())) {
                b.start();
                return;
            }
        }
        throw new BundleException("the Gogo shell bundle is not installed");
    }

    /** Blocks until the framework stops (interactive sessions end with 'exit' or Ctrl-D). */
    public void waitForStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    @Override
    public void close() {
        close(60_000, true);
    }

    /**
     * At a signal: the commands bundle stops first (its run writes what it has), then the framework and the deletion
     * of its storage are each given only {@code waitMillis}, since the process halts right after and a user waits on
     * Ctrl-C (on a loaded machine, deleting the 14 MB of storage alone took seconds). What is left of the storage is
     * swept by the next start, its process being dead.
     */
    public void closeForSignal(long waitMillis) {
        close(waitMillis, false);
    }

    private void deleteStorage(long waitMillis) {
        Thread t = new Thread(() -> FrameworkStorage.delete(storage), "unitscope-storage-delete");
        t.setDaemon(true);
        t.start();
        try {
            t.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void close(long waitMillis, boolean reportTimeout) {
        try {
            if ((framework.getState() & (Bundle.ACTIVE | Bundle.STARTING | Bundle.STOPPING)) != 0) {
                stopCommandsFirst();
                framework.stop();
            }
            FrameworkEvent e = framework.waitForStop(waitMillis);
            if (e.getType() == FrameworkEvent.WAIT_TIMEDOUT && reportTimeout) {
                System.err.println("unitscope: framework did not stop within " + waitMillis / 1000 + " s");
            }
        } catch (BundleException | InterruptedException e) {
            System.err.println("unitscope: stopping the framework failed: " + e);
        } finally {
            if (reportTimeout) {
                FrameworkStorage.delete(storage);
            } else {
                deleteStorage(waitMillis);
            }
        }
    }

    /**
     * The commands bundle goes first: it stops its run in progress with "interrupted", and the run writes what it
     * has, before the plugins it uses disappear (which would otherwise be reported as the reason).
     */
    private void stopCommandsFirst() {
        try {
            var refs = context().getServiceReferences(Function.class, "(unitscope.cli=true)");
            for (ServiceReference<Function> ref : refs) {
                Bundle b = ref.getBundle();
                if (b != null) {
                    b.stop(Bundle.STOP_TRANSIENT);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException | BundleException | IllegalStateException e) {
            // the framework stop below stops it anyway
        }
    }
}
