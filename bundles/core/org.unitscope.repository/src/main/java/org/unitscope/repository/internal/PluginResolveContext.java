package org.unitscope.repository.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.resource.Capability;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.resource.Wiring;
import org.osgi.service.resolver.HostedCapability;
import org.osgi.service.resolver.ResolveContext;

/**
 * One plugin to resolve against the running workbench: the workbench's resolved bundles are the existing wirings
 * and the first candidates (what is there is used), the repository's resources the others.
 */
final class PluginResolveContext extends ResolveContext {
    private final Resource plugin;
    private final FrameworkView workbench;
    private final IndexRepository index;

    PluginResolveContext(Resource plugin, FrameworkView workbench, IndexRepository index) {
        this.plugin = plugin;
        this.workbench = workbench;
        this.index = index;
    }

    @Override
    public Collection<Resource> getMandatoryResources() {
        return List.of(plugin);
    }

    @Override
    public List<Capability> findProviders(Requirement requirement) {
        List<Capability> out = new ArrayList<>(workbench.providers(requirement));
        out.addAll(index.providers(requirement));
        return out;
    }

    @Override
    public int insertHostedCapability(List<Capability> capabilities, HostedCapability hostedCapability) {
        capabilities.add(hostedCapability);
        return capabilities.size() - 1;
    }

    @Override
    public boolean isEffective(Requirement requirement) {
        String effective = requirement.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
        return effective == null || Namespace.EFFECTIVE_RESOLVE.equals(effective);
    }

    @Override
    public Map<Resource, Wiring> getWirings() {
        return workbench.wirings();
    }

    /** Whether {@code r} is already part of the workbench (so it is not installed again). */
    boolean inWorkbench(Resource r) {
        return workbench.wirings().containsKey(r);
    }
}
