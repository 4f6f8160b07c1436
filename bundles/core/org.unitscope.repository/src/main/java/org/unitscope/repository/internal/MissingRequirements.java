package org.unitscope.repository.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osgi.resource.Capability;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.service.resolver.ResolutionException;
import org.unitscope.api.plugin.MissingRequirement;
import org.unitscope.api.plugin.UnresolvedPluginException;

/**
 * Why a plugin does not resolve, in a researcher's terms: from the requirement the resolver could not meet, down
 * through the candidates that could have met it, the mandatory requirements that nothing at all provides (neither a
 * bundle of the workbench nor a resource of the repository), each with the resource that needs it.
 */
final class MissingRequirements {
    private MissingRequirements() {
    }

    static UnresolvedPluginException explain(ResolutionException e, PluginResolveContext context, Resource plugin, String where) {
        Collection<Requirement> start = e.getUnresolvedRequirements().isEmpty()
                ? plugin.getRequirements(null) : e.getUnresolvedRequirements();
        Set<MissingRequirement> missing = new LinkedHashSet<>();
        Set<Resource> seen = new HashSet<>();
        seen.add(plugin);
        for (Requirement r : start) {
            walk(r, context, seen, missing);
        }
        String head = "cannot install " + ResourceIdentity.of(plugin) + " from " + where + ": ";
        if (missing.isEmpty()) {
            return new UnresolvedPluginException(head + "the resolver refused it: " + e.getMessage() + "\nnothing was installed", List.of());
        }
        StringBuilder sb = new StringBuilder(head).append("nothing in the workbench or the repository provides");
        missing.forEach(m -> sb.append("\n  ").append(m));
        return new UnresolvedPluginException(sb.append("\nnothing was installed").toString(), new ArrayList<>(missing));
    }

    private static void walk(Requirement req, PluginResolveContext context, Set<Resource> seen, Set<MissingRequirement> missing) {
        if (!context.isEffective(req) || Namespace.RESOLUTION_OPTIONAL.equals(req.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
            return;
        }
        List<Capability> providers = context.findProviders(req);
        if (providers.isEmpty()) {
            missing.add(of(req));
            return;
        }
        for (Capability c : providers) {
            Resource r = c.getResource();
            if (!context.inWorkbench(r) && seen.add(r)) {
                for (Requirement q : r.getRequirements(null)) {
                    walk(q, context, seen, missing);
                }
            }
        }
    }

    static MissingRequirement of(Requirement req) {
        String filter = req.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        return new MissingRequirement(ResourceIdentity.of(req.getResource()).toString(), req.getNamespace(), filter == null ? "" : filter);
    }
}
