package org.unitscope.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.service.repository.ExpressionCombiner;
import org.osgi.service.repository.RequirementExpression;

/** The index as an OSGi Repository 1.1: plain requirements and requirement expressions. */
class IndexRepositoryTest {
    private final IndexRepository repo = Fixture.repository();

    private Requirement imports(String pkg) {
        return repo.newRequirementBuilder("osgi.wiring.package").addDirective("filter", "(osgi.wiring.package=" + pkg + ")").build();
    }

    private RequirementExpression named(String name) {
        return repo.newRequirementBuilder("osgi.identity").addDirective("filter", "(osgi.identity=" + name + ")").buildExpression();
    }

    private List<String> find(RequirementExpression e) throws Exception {
        Collection<Resource> found = repo.findProviders(e).getValue();
        return found.stream().map(r -> ResourceIdentity.of(r).toString()).toList();
    }

    @Test
    void providersOfARequirementComeHighestVersionFirst() {
        Requirement req = imports("lib.math");
        assertThat(repo.findProviders(List.of(req)).get(req)).extracting(c -> ResourceIdentity.of(c.getResource()).toString())
                .containsExactly("lib.math 1.2.0", "lib.math 1.0.0");
        Requirement none = imports("absent.pkg");
        assertThat(repo.findProviders(List.of(none)).get(none)).isEmpty();
    }

    @Test
    void expressionsCombineMatchesAsSets() throws Exception {
        ExpressionCombiner c = repo.getExpressionCombiner();
        assertThat(find(c.or(named("lib.math"), named("app.lonely")))).containsExactlyInAnyOrder("lib.math 1.2.0",
                "lib.math 1.0.0", "app.lonely 1.0.0");
        RequirementExpression math12 = repo.newRequirementBuilder("osgi.identity")
                .addDirective("filter", "(&(osgi.identity=lib.math)(version>=1.1))").buildExpression();
        assertThat(find(c.and(named("lib.math"), c.not(math12)))).containsExactly("lib.math 1.0.0");
        assertThat(find(c.and(named("lib.math"), named("lib.math"), named("app.lonely")))).isEmpty();
        assertThat(find(c.not(c.or(named("lib.math"), named("app.simple"), named("app.plugin"))))).containsExactly(
                "app.lonely 1.0.0", "app.broken 1.0.0", "lib.needy 1.0.0");
    }
}
