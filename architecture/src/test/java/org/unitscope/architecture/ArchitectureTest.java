package org.unitscope.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules hold for the main classes of every bundle (the jars this module depends on). */
class ArchitectureTest {

    private static final String ROOT = "org.unitscope";
    private static JavaClasses classes;

    @BeforeAll
    static void importBundles() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void importsEveryBundle() {
        // a broken class path would make every rule pass vacuously
        assertThat(classes.containPackage("org.unitscope.api.run")).isTrue();
        assertThat(classes.containPackage("org.unitscope.math.stats")).isTrue();
        assertThat(classes.containPackage("org.unitscope.engine.internal")).isTrue();
        assertThat(classes.containPackage("org.unitscope.shell.internal")).isTrue();
        assertThat(classes.containPackage("org.unitscope.repository.internal")).isTrue();
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(ROOT).check(classes);
    }

    @Test
    void mathIsPlainJava() {
        ArchitectureRules.mathIsPlainJava(ROOT).check(classes);
    }

    @Test
    void apiUsesNoInternals() {
        ArchitectureRules.apiUsesNoInternals(ROOT).check(classes);
    }

    @Test
    void internalsStayInTheirBundle() {
        ArchitectureRules.internalsStayInTheirBundle(ROOT).check(classes);
    }
}
