package io.github.frivillig.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the core module.
 * <p>
 * Not checked: freedom from cycles between the top-level packages. It does not hold today. {@code code} and
 * {@code municipality} depend on each other ({@code NationalFramework} names a {@code Country}, and
 * {@code Country} implements {@code Coded}); and the model packages ({@code value}, {@code organisation},
 * {@code municipality}, {@code dialogue}, {@code policy}) carry the annotations of
 * {@code validation.constraints}, while {@code validation} reads the model.
 */
@AnalyzeClasses(packages = "io.github.frivillig.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotUseJackson = noClasses()
            .that().resideInAPackage("io.github.frivillig.core..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
            .because("the domain never sees Jackson; JSON lives in the json module");

    @ArchTest
    static final ArchRule onlyValidationUsesItsInternals = noClasses()
            .that().resideInAPackage("io.github.frivillig.core..")
            .and().resideOutsideOfPackage("io.github.frivillig.core.validation..")
            .should().dependOnClassesThat().resideInAPackage("io.github.frivillig.core.validation.internal..")
            .because("validation.internal is not exported from module-info");
}
