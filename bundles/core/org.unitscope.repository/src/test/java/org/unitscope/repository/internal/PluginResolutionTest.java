package org.unitscope.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.apache.felix.resolver.Logger;
import org.apache.felix.resolver.ResolverImpl;
import org.junit.jupiter.api.Test;
import org.osgi.resource.Resource;
import org.unitscope.api.plugin.MissingRequirement;
import org.unitscope.api.plugin.UnresolvedPluginException;

/** Resolution with the real Felix resolver over the test index, against a workbench that provides the API. */
class PluginResolutionTest {
    private final IndexRepository repo = Fixture.repository();
    private final Fixture.Workbench workbench = new Fixture.Workbench();
    private final PluginResolution resolution = new PluginResolution(new ResolverImpl(new Logger(Logger.LOG_ERROR)));

    private List<String> resolve(String name, String version) {
        Resource plugin = Fixture.named(repo, name, version);
        return resolution.resolve(new PluginResolveContext(plugin, workbench, repo), plugin, "fixture").stream()
                .map(r -> ResourceIdentity.of(r).toString()).toList();
    }

    @Test
    void aPluginComesWithTheHighestVersionOfTheLibraryItNeedsLibraryFirst() {
        assertThat(resolve("app.plugin", "1.0.0")).containsExactly("lib.math 1.2.0", "app.plugin 1.0.0");
    }

    @Test
    void whatTheWorkbenchProvidesIsNotInstalledAgain() {
        assertThat(resolve("app.simple", "2.0.0")).containsExactly("app.simple 2.0.0");
    }

    @Test
    void aRequirementNothingProvidesIsNamedWithTheResourceThatNeedsIt() {
        UnresolvedPluginException e = catchThrowableOfType(UnresolvedPluginException.class, () -> resolve("app.lonely", "1.0.0"));
        assertThat(e.missing()).containsExactly(new MissingRequirement("app.lonely 1.0.0", "osgi.wiring.package",
                "(&(osgi.wiring.package=absent.pkg)(version>=1.0.0)(!(version>=2.0.0)))"));
        assertThat(e.getMessage()).contains("cannot install app.lonely 1.0.0 from fixture")
                .contains("osgi.wiring.package (&(osgi.wiring.package=absent.pkg)").contains("needed by app.lonely 1.0.0")
                .contains("nothing was installed");
    }

    @Test
    void aMissingRequirementOfADependencyIsNamedAtTheDependency() {
        UnresolvedPluginException e = catchThrowableOfType(UnresolvedPluginException.class, () -> resolve("app.broken", "1.0.0"));
        assertThat(e.missing()).extracting(MissingRequirement::resource, MissingRequirement::filter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lib.needy 1.0.0",
                        "(&(osgi.wiring.package=nowhere.pkg)(version>=0.0.0)(!(version>=1.0.0)))"));
    }
}
