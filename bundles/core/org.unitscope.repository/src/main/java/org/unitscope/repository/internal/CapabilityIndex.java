package org.unitscope.repository.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.utils.resource.CapabilitySet;
import org.apache.felix.utils.resource.RequirementImpl;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;

/**
 * Capabilities indexed per namespace (Felix's {@link CapabilitySet}) and matched against requirements' filters,
 * mandatory attributes obeyed; matches are listed highest version of their resource first.
 */
final class CapabilityIndex {
    private static final Comparator<Capability> HIGHEST_FIRST = Comparator
            .comparing((Capability c) -> ResourceIdentity.of(c.getResource()).version()).reversed()
            .thenComparing(c -> ResourceIdentity.of(c.getResource()).name());
    private final Map<String, CapabilitySet> byNamespace = new HashMap<>();

    void add(Capability c) {
        byNamespace.computeIfAbsent(c.getNamespace(), ns -> new CapabilitySet(List.of(ns))).addCapability(c);
    }

    List<Capability> providers(Requirement req) {
        CapabilitySet set = byNamespace.get(req.getNamespace());
        if (set == null) {
            return List.of();
        }
        List<Capability> found = new ArrayList<>(set.match(RequirementImpl.getFilter(req), true));
        found.sort(HIGHEST_FIRST);
        return found;
    }
}
