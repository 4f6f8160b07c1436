package org.unitscope.repository.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.resource.Resource;
import org.osgi.resource.Wire;
import org.osgi.service.resolver.ResolutionException;
import org.osgi.service.resolver.Resolver;

/**
 * Resolves a plugin with the OSGi {@link Resolver} (the framework's: Felix's resolver) and lists the resources to
 * install: those of the repository that the resolution wired in, dependencies first, the plugin last.
 */
final class PluginResolution {
    private final Resolver resolver;

    PluginResolution(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @throws org.unitscope.api.plugin.UnresolvedPluginException naming what nothing provides
     */
    List<Resource> resolve(PluginResolveContext context, Resource plugin, String where) {
        Map<Resource, List<Wire>> wiring;
        try {
            wiring = resolver.resolve(context);
        } catch (ResolutionException e) {
            throw MissingRequirements.explain(e, context, plugin, where);
        }
        Set<Resource> ordered = new LinkedHashSet<>();
        visit(plugin, wiring, ordered, new java.util.HashSet<>());
        ordered.addAll(wiring.keySet()); // anything not reached from the plugin (none expected) still goes in
        List<Resource> out = new ArrayList<>();
        for (Resource r : ordered) {
            if (!context.inWorkbench(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Depth first: a resource's providers before the resource (cycles, which bundles may form, entered once). */
    private static void visit(Resource r, Map<Resource, List<Wire>> wiring, Set<Resource> ordered, Set<Resource> entered) {
        if (!wiring.containsKey(r) || !entered.add(r)) {
            return;
        }
        for (Wire w : wiring.get(r)) {
            visit(w.getProvider(), wiring, ordered, entered);
        }
        ordered.add(r);
    }
}
