package org.unitscope.repository.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.resource.Wiring;

/**
 * A snapshot of the running framework taken when an installation starts: every resolved bundle's wiring and the
 * capabilities it provides (the system bundle's packages and execution environments among them).
 */
final class RunningFramework implements FrameworkView {
    private final Map<Resource, Wiring> wirings = new HashMap<>();
    private final Map<String, List<Bundle>> bySymbolicName = new HashMap<>();
    private final CapabilityIndex capabilities = new CapabilityIndex();

    RunningFramework(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null) {
                continue; // uninstalled meanwhile
            }
            if (b.getSymbolicName() != null) {
                bySymbolicName.computeIfAbsent(b.getSymbolicName(), n -> new ArrayList<>()).add(b);
            }
            BundleWiring wiring = revision.getWiring();
            if (wiring != null) {
                wirings.put(revision, wiring);
                wiring.getResourceCapabilities(null).forEach(capabilities::add);
            }
        }
    }

    @Override
    public List<Capability> providers(Requirement req) {
        return capabilities.providers(req);
    }

    @Override
    public Map<Resource, Wiring> wirings() {
        return wirings;
    }

    /** The installed bundles of this symbolic name (resolved or not). */
    List<Bundle> bundles(String symbolicName) {
        return bySymbolicName.getOrDefault(symbolicName, List.of());
    }

    /** The installed bundle with this identity, if any. */
    Optional<Bundle> bundle(ResourceIdentity id) {
        return bundles(id.name()).stream().filter(b -> b.getVersion().equals(id.version())).findFirst();
    }

    /** Whether the bundle was resolved when the snapshot was taken. */
    boolean resolved(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        return revision != null && wirings.containsKey(revision);
    }
}
