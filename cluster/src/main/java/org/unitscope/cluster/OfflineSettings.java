package org.unitscope.cluster;

import java.nio.file.Path;

/**
 * What {@code bin/unitscope} sets before the JVM starts, set as system properties in an executor JVM that Spark
 * started: DJL offline and without telemetry (unitscope never touches the network), its PyTorch natives extracted
 * into the same cache as the distribution's. DJL reads each of these from the environment or, failing that, from the
 * system properties; an environment value (e.g. {@code spark.executorEnv.DJL_CACHE_DIR}) is kept.
 */
final class OfflineSettings {
    private OfflineSettings() {
    }

    static void apply(Path home) {
        System.setProperty("ai.djl.offline", "true");
        setUnlessInEnvironment("OPT_OUT_TRACKING", "true");
        String cache = System.getenv("DJL_CACHE_DIR");
        if (cache == null) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            cache = base.resolve("unitscope").resolve("djl").toString();
            setUnlessInEnvironment("DJL_CACHE_DIR", cache);
        }
        setUnlessInEnvironment("ENGINE_CACHE_DIR", cache);
        System.setProperty("unitscope.home", home.toString());
        System.setProperty("java.awt.headless", "true");
    }

    private static void setUnlessInEnvironment(String name, String value) {
        if (System.getenv(name) == null && System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
