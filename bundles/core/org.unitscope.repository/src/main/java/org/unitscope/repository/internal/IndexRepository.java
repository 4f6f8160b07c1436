package org.unitscope.repository.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.service.repository.AndExpression;
import org.osgi.service.repository.ExpressionCombiner;
import org.osgi.service.repository.IdentityExpression;
import org.osgi.service.repository.NotExpression;
import org.osgi.service.repository.OrExpression;
import org.osgi.service.repository.Repository;
import org.osgi.service.repository.RequirementBuilder;
import org.osgi.service.repository.RequirementExpression;
import org.osgi.util.promise.Promise;
import org.osgi.util.promise.Promises;

/**
 * The resources of one index as an OSGi {@link Repository}; the providers of a requirement are listed highest version
 * first.
 */
final class IndexRepository implements Repository {
    private final List<Resource> resources;
    private final CapabilityIndex capabilities = new CapabilityIndex();

    IndexRepository(List<Resource> resources) {
        this.resources = List.copyOf(resources);
        for (Resource r : this.resources) {
            r.getCapabilities(null).forEach(capabilities::add);
        }
    }

    List<Resource> resources() {
        return resources;
    }

    @Override
    public Map<Requirement, Collection<Capability>> findProviders(Collection<? extends Requirement> requirements) {
        Map<Requirement, Collection<Capability>> out = new LinkedHashMap<>();
        for (Requirement req : requirements) {
            out.put(req, providers(req));
        }
        return out;
    }

    /** Capabilities that satisfy {@code req}, the highest version of their resource first. */
    List<Capability> providers(Requirement req) {
        return capabilities.providers(req);
    }

    @Override
    public Promise<Collection<Resource>> findProviders(RequirementExpression expression) {
        return Promises.resolved(matching(expression));
    }

    private Set<Resource> matching(RequirementExpression e) {
        Set<Resource> out = new LinkedHashSet<>();
        if (e instanceof IdentityExpression id) {
            providers(id.getRequirement()).forEach(c -> out.add(c.getResource()));
        } else if (e instanceof AndExpression and) {
            out.addAll(resources);
            and.getRequirementExpressions().forEach(x -> out.retainAll(matching(x)));
        } else if (e instanceof OrExpression or) {
            or.getRequirementExpressions().forEach(x -> out.addAll(matching(x)));
        } else if (e instanceof NotExpression not) {
            out.addAll(resources);
            out.removeAll(matching(not.getRequirementExpression()));
        } else {
            throw new IllegalArgumentException("unknown requirement expression: " + e);
        }
        return out;
    }

    @Override
    public ExpressionCombiner getExpressionCombiner() {
        return new Expressions();
    }

    @Override
    public RequirementBuilder newRequirementBuilder(String namespace) {
        return new Expressions.Builder(namespace);
    }
}
