package org.unitscope.shell.internal.cluster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.unitscope.api.cluster.ClusterHandle;
import org.unitscope.api.cluster.ClusterLauncher;
import org.unitscope.api.cluster.ClusterRequest;
import org.unitscope.api.run.RunListener;

/**
 * The workbench's cluster launcher: unitscope-cluster as a child process (Spark never loads inside the OSGi runtime),
 * given this distribution ({@code unitscope.home}) with {@code --unitscope}. When the workbench stops (Ctrl-C on the
 * command line, the window closed) every cluster run still going is stopped with SIGTERM.
 */
@Component(service = ClusterLauncher.class)
public class ClusterLauncherComponent implements ClusterLauncher {
    private final Set<ClusterHandle> live = ConcurrentHashMap.newKeySet();
    private volatile Path unitscopeHome;

    @Activate
    void activate(BundleContext context) {
        String home = context.getProperty("unitscope.home");
        unitscopeHome = home == null ? null : Path.of(home).toAbsolutePath().normalize();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        for (ClusterHandle h : live) {
            h.cancel();
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        for (ClusterHandle h : live) {
            while (!h.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
    }

    @Override
    public ClusterHandle launch(ClusterRequest request, RunListener listener) {
        Path cluster = ClusterHome.locate(request.clusterHome(), System.getenv(), unitscopeHome);
        Map<String, String> env = new HashMap<>();
        if (unitscopeHome != null) {
            env.put("UNITSCOPE_HOME", unitscopeHome.toString());
        }
        ClusterProcess p = ClusterProcess.start(request, ClusterArguments.of(request, cluster, unitscopeHome), env, listener);
        live.add(p);
        Thread reaper = new Thread(() -> {
            try {
                p.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                live.remove(p);
            }
        }, "unitscope-cluster-reaper");
        reaper.setDaemon(true);
        reaper.start();
        return p;
    }
}
