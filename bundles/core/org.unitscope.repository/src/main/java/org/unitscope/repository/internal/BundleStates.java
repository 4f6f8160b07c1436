package org.unitscope.repository.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Waits until the plugins folder's watcher (FileInstall) has installed and started the given files, and tells each
 * one's state: "active", or what it is instead when the time is up.
 */
final class BundleStates {
    private final BundleContext context;

    BundleStates(BundleContext context) {
        this.context = context;
    }

    List<String> await(List<Path> files, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline && !files.stream().allMatch(this::started)) {
            Thread.sleep(100);
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            out.add(bundle(f).map(BundleStates::state).orElse("not picked up yet: the workbench installs it from "
                    + f.getParent() + " when it watches that folder (at the latest on its next start)"));
        }
        return out;
    }

    private boolean started(Path file) {
        return bundle(file).map(b -> b.getState() == Bundle.ACTIVE || (fragment(b) && b.getState() == Bundle.RESOLVED)).orElse(false);
    }

    /** The bundle installed from {@code file}: FileInstall's location is the file's URI. */
    Optional<Bundle> bundle(Path file) {
        String uri = file.toUri().toString();
        String path = file.toString();
        for (Bundle b : context.getBundles()) {
            String loc = b.getLocation();
            if (loc.equals(uri) || loc.endsWith(path) || loc.equals(uri.replace("file:///", "file:/"))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static boolean fragment(Bundle b) {
        return b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    static String state(Bundle b) {
        switch (b.getState()) {
            case Bundle.ACTIVE:
                return "active";
            case Bundle.RESOLVED:
                return fragment(b) ? "active (fragment)" : "resolved, not started";
            case Bundle.INSTALLED:
                return "installed, not resolved";
            case Bundle.STARTING:
                return "starting";
            default:
                return "state " + b.getState();
        }
    }
}
