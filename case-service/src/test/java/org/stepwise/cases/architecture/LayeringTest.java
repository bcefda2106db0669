package org.stepwise.cases.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of case-service as the folder tree shows them: the domain knows nothing of the
 * application, the infrastructure or the adapters; the application knows nothing of the adapters;
 * and no two packages depend on each other in a cycle.
 */
class LayeringTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.stepwise.cases");

  @Test
  void theDomainDependsOnNothingOutsideIt() {
    noClasses()
        .that()
        .resideInAPackage("..cases.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..cases.application..", "..cases.infrastructure..", "..cases.interfaces..")
        .check(CLASSES);
  }

  @Test
  void theApplicationDoesNotKnowItsAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage("..cases.application..", "..cases.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..cases.interfaces..")
        .check(CLASSES);
  }

  @Test
  void domainPackagesHaveNoCycles() {
    slices()
        .matching("org.stepwise.cases.domain.model.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }
}
