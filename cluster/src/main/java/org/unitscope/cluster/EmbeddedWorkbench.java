package org.unitscope.cluster;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The unitscope workbench embedded in an executor JVM: started once per JVM from a distribution folder, reused by
 * every task, closed when the JVM exits.
 *
 * <p>The distribution's lib/ (Felix, DJL and its PyTorch natives, Gson, slf4j) is loaded by a class loader of its own
 * whose parent is the platform loader, not the application loader that holds Spark's 130-odd jars: the framework
 * then sees exactly the class path {@code bin/unitscope} gives it, whatever versions of slf4j, Gson or Jackson Spark
 * brings, and libtorch is loaded once, by that loader, for the life of the JVM (a native library can belong to one
 * class loader only: the loader is never dropped). Commands are called through the workbench's
 * {@code Function<String[], Integer>}, the function {@code bin/unitscope CMD} calls, so a run's results folder is
 * exactly what {@code unitscope run} writes.
 */
public final class EmbeddedWorkbench {
    private static EmbeddedWorkbench instance;
    /** Seconds the start took, reported once: by the first task of this JVM (survey.json, "workbench_start_s"). */
    private static double unreportedStart;

    private final ClassLoader loader;
    private final AutoCloseable workbench;
    private final Function<String[], Integer> commands;

    private EmbeddedWorkbench(ClassLoader loader, AutoCloseable workbench, Function<String[], Integer> commands) {
        this.loader = loader;
        this.workbench = workbench;
        this.commands = commands;
    }

    /** The workbench of this JVM, started on first use from {@code home} (later calls must name the same folder). */
    public static synchronized EmbeddedWorkbench get(Path home) throws Exception {
        if (instance == null) {
            RunOutput.install();
            long t0 = System.nanoTime();
            instance = start(home.toAbsolutePath().normalize());
            unreportedStart = (System.nanoTime() - t0) / 1e9;
            EmbeddedWorkbench wb = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(wb::close, "unitscope-cluster-shutdown"));
        }
        return instance;
    }

    private static EmbeddedWorkbench start(Path home) throws Exception {
        OfflineSettings.apply(home);
        URLClassLoader loader = new URLClassLoader("unitscope-distribution", libUrls(home), ClassLoader.getPlatformClassLoader());
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        // DJL finds its engine and natives through the context loader: the distribution's, as on bin/unitscope's main thread
        t.setContextClassLoader(loader);
        try {
            Class<?> dist = loader.loadClass("org.unitscope.launcher.Distribution");
            Class<?> wbType = loader.loadClass("org.unitscope.launcher.Workbench");
            Object distribution = dist.getConstructor(Path.class).newInstance(home);
            Method start = wbType.getMethod("start", dist, List.class, boolean.class, Map.class);
            AutoCloseable wb = (AutoCloseable) start.invoke(null, distribution, List.of(), false, Map.of());
            @SuppressWarnings("unchecked")
            Function<String[], Integer> commands = (Function<String[], Integer>) wbType.getMethod("commands", long.class).invoke(wb, 60_000L);
            return new EmbeddedWorkbench(loader, wb, commands);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    private static URL[] libUrls(Path home) throws IOException {
        Path lib = home.resolve("lib");
        if (!Files.isDirectory(home.resolve("bundle")) || !Files.isDirectory(lib)) {
            throw new IOException(home + " is not a unitscope distribution (no bundle/ and lib/): set --unitscope or UNITSCOPE_HOME");
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** The seconds this JVM took to start the workbench, the first time it is asked; 0 afterwards. */
    static synchronized double takeStartSeconds() {
        double s = unreportedStart;
        unreportedStart = 0;
        return s;
    }

    /** Runs one command as {@code bin/unitscope ARGS} would, on the calling thread, and returns its exit status. */
    public int command(String... args) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return commands.apply(args);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /**
     * Registers {@code service} under the JDK interface {@code type} with {@code properties} in the embedded framework
     * (through its system bundle's context): the one way objects of this class loader reach the bundles, which share
     * only the JDK's types with it. Closing the result unregisters it.
     */
    public AutoCloseable register(String type, Object service, Map<String, Object> properties) throws Exception {
        Object context = workbench.getClass().getMethod("context").invoke(workbench);
        Class<?> contextType = loader.loadClass("org.osgi.framework.BundleContext");
        Object registration = contextType.getMethod("registerService", String.class, Object.class, java.util.Dictionary.class)
                .invoke(context, type, service, new java.util.Hashtable<>(properties));
        Method unregister = loader.loadClass("org.osgi.framework.ServiceRegistration").getMethod("unregister");
        return () -> unregister.invoke(registration);
    }

    /** Stops the framework; a run still in progress stops after its batch and writes what it has, marked incomplete. */
    public synchronized void close() {
        try {
            workbench.close();
        } catch (Exception e) {
            System.err.println("unitscope-cluster: stopping the embedded workbench failed: " + e);
        }
    }
}
