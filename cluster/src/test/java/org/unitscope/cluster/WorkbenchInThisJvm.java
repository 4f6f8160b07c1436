package org.unitscope.cluster;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The unitscope distribution started in the test JVM as bin/unitscope starts it, in a class loader over its lib/ whose
 * parent is the platform loader (so this module's Spark jars stay invisible to it, as in EmbeddedWorkbench), but with
 * a display: its windows are this JVM's, for the test to drive.
 */
final class WorkbenchInThisJvm implements AutoCloseable {
    private final URLClassLoader loader;
    private final AutoCloseable workbench;
    private final Function<String[], Integer> commands;

    private WorkbenchInThisJvm(URLClassLoader loader, AutoCloseable workbench, Function<String[], Integer> commands) {
        this.loader = loader;
        this.workbench = workbench;
        this.commands = commands;
    }

    @SuppressWarnings("unchecked")
    static WorkbenchInThisJvm start(Path home, Map<String, String> config) throws Exception {
        URL[] urls;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            urls = jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(WorkbenchInThisJvm::url).toArray(URL[]::new);
        }
        URLClassLoader loader = new URLClassLoader("unitscope-distribution", urls, ClassLoader.getPlatformClassLoader());
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            Class<?> dist = loader.loadClass("org.unitscope.launcher.Distribution");
            Class<?> wbType = loader.loadClass("org.unitscope.launcher.Workbench");
            Object distribution = dist.getConstructor(Path.class).newInstance(home);
            Method start = wbType.getMethod("start", dist, List.class, boolean.class, Map.class);
            AutoCloseable wb = (AutoCloseable) start.invoke(null, distribution, List.of(), false, config);
            Function<String[], Integer> commands = (Function<String[], Integer>) wbType.getMethod("commands", long.class).invoke(wb, 60_000L);
            return new WorkbenchInThisJvm(loader, wb, commands);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command as bin/unitscope ARGS would, on the calling thread. */
    int command(String... args) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return commands.apply(args);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() throws Exception {
        workbench.close();
    }
}
