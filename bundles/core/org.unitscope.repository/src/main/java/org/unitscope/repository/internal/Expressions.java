package org.unitscope.repository.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.utils.resource.RequirementImpl;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.service.repository.AndExpression;
import org.osgi.service.repository.ExpressionCombiner;
import org.osgi.service.repository.IdentityExpression;
import org.osgi.service.repository.NotExpression;
import org.osgi.service.repository.OrExpression;
import org.osgi.service.repository.RequirementBuilder;
import org.osgi.service.repository.RequirementExpression;

/** Repository 1.1 requirement expressions (and, or, not, identity) and the requirement builder, as values. */
final class Expressions implements ExpressionCombiner {

    record Identity(Requirement getRequirement) implements IdentityExpression {
    }

    record And(List<RequirementExpression> getRequirementExpressions) implements AndExpression {
    }

    record Or(List<RequirementExpression> getRequirementExpressions) implements OrExpression {
    }

    record Not(RequirementExpression getRequirementExpression) implements NotExpression {
    }

    @Override
    public AndExpression and(RequirementExpression a, RequirementExpression b) {
        return new And(List.of(a, b));
    }

    @Override
    public AndExpression and(RequirementExpression a, RequirementExpression b, RequirementExpression... more) {
        return new And(all(a, b, more));
    }

    @Override
    public IdentityExpression identity(Requirement req) {
        return new Identity(req);
    }

    @Override
    public NotExpression not(RequirementExpression e) {
        return new Not(e);
    }

    @Override
    public OrExpression or(RequirementExpression a, RequirementExpression b) {
        return new Or(List.of(a, b));
    }

    @Override
    public OrExpression or(RequirementExpression a, RequirementExpression b, RequirementExpression... more) {
        return new Or(all(a, b, more));
    }

    private static List<RequirementExpression> all(RequirementExpression a, RequirementExpression b, RequirementExpression... more) {
        List<RequirementExpression> out = new ArrayList<>(List.of(a, b));
        out.addAll(List.of(more));
        return List.copyOf(out);
    }

    /** Builds a requirement (Felix's {@link RequirementImpl}) of one namespace. */
    static final class Builder implements RequirementBuilder {
        private final String namespace;
        private final Map<String, Object> attributes = new HashMap<>();
        private final Map<String, String> directives = new HashMap<>();
        private Resource resource;

        Builder(String namespace) {
            this.namespace = namespace;
        }

        @Override
        public RequirementBuilder addAttribute(String name, Object value) {
            attributes.put(name, value);
            return this;
        }

        @Override
        public RequirementBuilder addDirective(String name, String value) {
            directives.put(name, value);
            return this;
        }

        @Override
        public RequirementBuilder setAttributes(Map<String, Object> attrs) {
            attributes.clear();
            attributes.putAll(attrs);
            return this;
        }

        @Override
        public RequirementBuilder setDirectives(Map<String, String> dirs) {
            directives.clear();
            directives.putAll(dirs);
            return this;
        }

        @Override
        public RequirementBuilder setResource(Resource r) {
            this.resource = r;
            return this;
        }

        @Override
        public Requirement build() {
            return new RequirementImpl(resource, namespace, new HashMap<>(directives), new HashMap<>(attributes));
        }

        @Override
        public IdentityExpression buildExpression() {
            return new Identity(build());
        }
    }
}
