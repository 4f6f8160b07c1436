package org.unitscope.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule fails on a fixture that breaks it, so a passing ArchitectureTest means something. */
class ArchitectureRulesTest {

    private static final String FIXTURE = "org.unitscope.architecture.fixture";

    private static JavaClasses fixture(String... packages) {
        String[] full = new String[packages.length];
        for (int i = 0; i < packages.length; i++) {
            full[i] = FIXTURE + "." + packages[i];
        }
        return new ClassFileImporter().importPackages(full);
    }

    @Test
    void aPackageCycleIsReported() {
        EvaluationResult r = ArchitectureRules.noPackageCycles(FIXTURE).evaluate(fixture("cycle"));
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("package cycle.a").contains("package cycle.b");
    }

    @Test
    void packagesWithoutCycleAreAccepted() {
        assertThat(ArchitectureRules.noPackageCycles(FIXTURE).evaluate(fixture("alpha")).hasViolation()).isFalse();
    }

    @Test
    void mathUsingTheApiIsReported() {
        EvaluationResult r = ArchitectureRules.mathIsPlainJava(FIXTURE).evaluate(fixture("math"));
        assertThat(r.getFailureReport().toString()).contains("ImpureMath").contains("LeakyApi");
    }

    @Test
    void anApiExposingAnInternalClassIsReported() {
        EvaluationResult r = ArchitectureRules.apiUsesNoInternals(FIXTURE).evaluate(fixture("api", "alpha"));
        assertThat(r.getFailureReport().toString()).contains("LeakyApi").contains("Secret");
    }

    @Test
    void onlyTheOwningBundleUsesItsInternals() {
        EvaluationResult r = ArchitectureRules.internalsStayInTheirBundle(FIXTURE).evaluate(fixture("alpha", "beta"));
        assertThat(r.getFailureReport().getDetails()).hasSize(1).allMatch(line -> line.contains("Thief"));
    }

    @Test
    void internalPackagesAreAttributedToTheirBundle() {
        assertThat(InternalPackages.owner("org.unitscope.engine.internal.json")).isEqualTo("org.unitscope.engine");
        assertThat(InternalPackages.owner("org.unitscope.engine.internal")).isEqualTo("org.unitscope.engine");
        assertThat(InternalPackages.owner("org.unitscope.internals")).isNull();
        assertThat(InternalPackages.owner("org.unitscope.api")).isNull();
        assertThat(InternalPackages.within("org.unitscope.engine.internal", "org.unitscope.engine")).isTrue();
        assertThat(InternalPackages.within("org.unitscope.engineering", "org.unitscope.engine")).isFalse();
    }
}
