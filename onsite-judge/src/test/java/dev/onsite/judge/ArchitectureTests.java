package dev.onsite.judge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keep the judge's features free of cycles and each feature out of the others' business. */
class ArchitectureTests {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.onsite.judge");
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching("dev.onsite.judge.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void verdictsDependOnNothingElseOfTheJudge() {
    noClasses()
        .that()
        .resideInAPackage("dev.onsite.judge.verdict..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.onsite.judge.problem..",
            "dev.onsite.judge.run..",
            "dev.onsite.judge.sandbox..",
            "dev.onsite.judge.check..",
            "dev.onsite.judge.lang..")
        .check(classes);
  }

  @Test
  void sandboxKnowsNothingOfProblemsOrChecking() {
    noClasses()
        .that()
        .resideInAPackage("dev.onsite.judge.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.onsite.judge.problem..",
            "dev.onsite.judge.check..",
            "dev.onsite.judge.run..",
            "dev.onsite.judge.verdict..")
        .check(classes);
  }

  @Test
  void engineDoesNotDependOnSpring() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .check(classes);
  }
}
