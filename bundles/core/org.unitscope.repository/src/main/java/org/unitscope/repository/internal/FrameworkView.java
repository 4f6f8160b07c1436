package org.unitscope.repository.internal;

import java.util.List;
import java.util.Map;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.resource.Wiring;

/** What a resolution sees of the running workbench: its resolved bundles, their capabilities and wirings. */
interface FrameworkView {

    /** Capabilities of resolved bundles that satisfy {@code req}. */
    List<Capability> providers(Requirement req);

    /** The wiring of every resolved bundle. */
    Map<Resource, Wiring> wirings();
}
