package org.unitscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules, each under a root package: the project checks them under {@code org.unitscope}, the
 * rules' own tests under a fixture root with deliberate violations (so every rule is shown to fail).
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Every package is a slice: no two packages may depend on each other, directly or through others. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").namingSlices("package $1").should().beFreeOfCycles();
    }

    /** The maths runs in any JVM (tests, benchmarks, cluster jobs): no OSGi, DJL, unitscope API or Guice. */
    static ArchRule mathIsPlainJava(String root) {
        return noClasses().that().resideInAPackage(root + ".math..")
                .should().dependOnClassesThat().resideInAnyPackage("org.osgi..", "ai.djl..", root + ".api..",
                        "com.google.inject..")
                .because("the maths is inlined privately and also runs outside OSGi");
    }

    /** The published API must not expose or rely on implementation packages. */
    static ArchRule apiUsesNoInternals(String root) {
        return noClasses().that().resideInAPackage(root + ".api..")
                .should().dependOnClassesThat().resideInAPackage("..internal..");
    }

    /** A bundle's {@code internal} packages are used by that bundle only (the package before ".internal" names it). */
    static ArchRule internalsStayInTheirBundle(String root) {
        return classes().that().resideInAPackage(root + "..").should(useNoOtherBundlesInternals(root));
    }

    private static ArchCondition<JavaClass> useNoOtherBundlesInternals(String root) {
        return new ArchCondition<>("use no other bundle's internal packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    String owner = InternalPackages.owner(target);
                    if (owner != null && target.startsWith(root + ".") && !InternalPackages.within(origin.getPackageName(), owner)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
