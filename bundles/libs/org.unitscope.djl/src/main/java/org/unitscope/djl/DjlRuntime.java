package org.unitscope.djl;

import ai.djl.engine.Engine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unitscope.api.UnitscopeException;

/**
 * Entry to DJL's PyTorch engine from inside a bundle. DJL finds its engine and its native libraries with
 * {@code ServiceLoader} and resources of the thread context class loader; inside OSGi that loader is not
 * DJL's, so every call that may touch the engine runs with the context class loader set to DJL's own.
 */
public final class DjlRuntime {
    public static final String ENGINE = "PyTorch";

    private DjlRuntime() {
    }

    /** Runs {@code body} with DJL's class loader as context class loader. */
    public static <T> T call(Callable<T> body) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(Engine.class.getClassLoader());
        try {
            return body.call();
        } catch (UnitscopeException | IllegalArgumentException | IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new UnitscopeException("DJL failed: " + e, e);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /** The PyTorch engine; fails with a clear message when the natives are missing. */
    public static Engine engine() {
        return call(() -> {
            if (!"true".equals(System.getProperty("ai.djl.offline"))) {
                // Never let DJL reach a model hub or download natives: this tool runs offline.
                System.setProperty("ai.djl.offline", "true");
            }
            try {
                return Engine.getEngine(ENGINE);
            } catch (RuntimeException e) {
                throw new UnitscopeException("the DJL PyTorch engine could not start (" + e.getMessage()
                        + "); is pytorch-native-cpu on the class path and DJL_CACHE_DIR writable?", e);
            }
        });
    }

    /** Versions for run manifests. */
    public static Map<String, String> provenance() {
        Engine e = engine();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("djl", Engine.getDjlVersion());
        m.put("engine", e.getEngineName());
        m.put("engineVersion", e.getVersion());
        return m;
    }
}
