package org.unitscope.cluster;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** bin/unitscope run of one description, as a user runs it: the single-JVM result the cluster's results are compared with. */
final class UnitscopeRun {
    private UnitscopeRun() {
    }

    /** Runs {@code config} into {@code out} with the distribution at {@code home} (log beside it); its exit code. */
    static int run(Path home, Path config, Path out) throws Exception {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/unitscope").toString(), "run", "--config", config.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile());
        pb.environment().putIfAbsent("UNITSCOPE_JAVA_OPTS", "-Xmx1g");
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/unitscope run " + config + " did not end within 300 s");
        }
        System.out.printf("bin/unitscope run %s: %.1f s%n", config.getFileName(), (System.nanoTime() - t0) / 1e9);
        return p.exitValue();
    }
}
