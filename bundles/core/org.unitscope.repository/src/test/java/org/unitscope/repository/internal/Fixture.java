package org.unitscope.repository.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.utils.resource.CapabilityImpl;
import org.apache.felix.utils.resource.ResourceImpl;
import org.osgi.framework.Version;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.resource.Wire;
import org.osgi.resource.Wiring;

/** The test index (src/test/resources/fixture) and a stand-in for the running framework that provides the API. */
final class Fixture {
    private Fixture() {
    }

    static Path folder() {
        try {
            return Path.of(Fixture.class.getResource("/fixture/index.xml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static URI index() {
        return folder().resolve("index.xml").toUri();
    }

    static IndexRepository repository() {
        return new IndexRepository(IndexReader.read(index()));
    }

    static Resource named(IndexRepository repo, String name, String version) {
        return repo.resources().stream().filter(r -> ResourceIdentity.of(r).equals(
                new ResourceIdentity(name, Version.parseVersion(version), "osgi.bundle"))).findFirst().orElseThrow();
    }

    /** A resolved "system bundle" exporting org.unitscope.api 1.1.0 and the JavaSE 17 execution environment. */
    static final class Workbench implements FrameworkView {
        final ResourceImpl system = new ResourceImpl("system.bundle", "osgi.bundle", new Version(7, 0, 5));
        private final CapabilityIndex capabilities = new CapabilityIndex();

        Workbench() {
            system.addCapability(new CapabilityImpl(system, "osgi.wiring.package", Map.of(),
                    new HashMap<>(Map.of("osgi.wiring.package", "org.unitscope.api", "version", new Version(1, 1, 0)))));
            system.addCapability(new CapabilityImpl(system, "osgi.ee", Map.of(),
                    new HashMap<>(Map.of("osgi.ee", "JavaSE", "version", List.of(new Version(11, 0, 0), new Version(17, 0, 0))))));
            system.getCapabilities(null).forEach(capabilities::add);
        }

        @Override
        public List<Capability> providers(Requirement req) {
            return capabilities.providers(req);
        }

        @Override
        public Map<Resource, Wiring> wirings() {
            return Map.of(system, new Wiring() {
                @Override
                public List<Capability> getResourceCapabilities(String namespace) {
                    return system.getCapabilities(namespace);
                }

                @Override
                public List<Requirement> getResourceRequirements(String namespace) {
                    return List.of();
                }

                @Override
                public List<Wire> getProvidedResourceWires(String namespace) {
                    return List.of();
                }

                @Override
                public List<Wire> getRequiredResourceWires(String namespace) {
                    return List.of();
                }

                @Override
                public Resource getResource() {
                    return system;
                }
            });
        }
    }
}
