package org.unitscope.runtime;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.unitscope.launcher.Workbench;

/** Integration tests that share one real workbench (all features, an empty plugins folder) per test class. */
abstract class OnTheWorkbench {
    static Workbench workbench;
    static Function<String[], Integer> cli;

    @BeforeAll
    static void startWorkbench() throws Exception {
        workbench = Dist.startWorkbench(Map.of());
        cli = workbench.commands(30_000);
    }

    @AfterAll
    static void stopWorkbench() {
        workbench.close();
    }
}
