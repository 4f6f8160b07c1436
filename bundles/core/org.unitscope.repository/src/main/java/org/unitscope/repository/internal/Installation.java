package org.unitscope.repository.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.resource.Resource;
import org.unitscope.api.plugin.InstalledBundle;

/**
 * Puts a resolved set into the workbench: the resources it lacks are copied into the plugins folder together (the
 * watcher installs and starts them); those already installed but unresolved (dropped in by hand without what they
 * need) are started once their dependencies are there. Tells each one's state.
 */
final class Installation {
    static final long START_WAIT_MILLIS = 30_000;
    private final BundleContext context;
    private final PluginFolder folder;

    Installation(BundleContext context, PluginFolder folder) {
        this.context = context;
        this.folder = folder;
    }

    List<InstalledBundle> apply(List<Resource> resolved, RunningFramework framework) {
        List<Resource> toCopy = new ArrayList<>();
        List<Bundle> waiting = new ArrayList<>();
        for (Resource r : resolved) {
            Optional<Bundle> present = framework.bundle(ResourceIdentity.of(r));
            present.ifPresentOrElse(waiting::add, () -> toCopy.add(r));
        }
        List<Path> files = folder.install(toCopy, BundleDownload::fetch);
        BundleStates states = new BundleStates(context);
        List<String> copied = awaitStart(states, files);
        List<InstalledBundle> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ResourceIdentity id = ResourceIdentity.of(toCopy.get(i));
            out.add(new InstalledBundle(id.name(), id.version().toString(), files.get(i), copied.get(i)));
        }
        for (Bundle b : waiting) {
            out.add(new InstalledBundle(b.getSymbolicName(), b.getVersion().toString(), file(b), start(b)));
        }
        return out;
    }

    private static List<String> awaitStart(BundleStates states, List<Path> files) {
        try {
            return states.await(files, START_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return files.stream().map(f -> "not checked (interrupted)").toList();
        }
    }

    private static String start(Bundle b) {
        try {
            b.start();
            return BundleStates.state(b);
        } catch (BundleException | IllegalStateException e) {
            return "not started: " + e.getMessage();
        }
    }

    private static Path file(Bundle b) {
        String location = b.getLocation();
        try {
            return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        } catch (IllegalArgumentException e) { // not a path (InvalidPathException among them)
            return null;
        }
    }
}
