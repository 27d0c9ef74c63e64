package dev.onsite.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server's features stay a directed graph, and the shared packages stay feature-free. */
class ArchitectureTests {

  private static final JavaClasses SERVER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.onsite.server");

  @Test
  void featuresHaveNoCycles() {
    slices().matching("dev.onsite.server.(*)..").should().beFreeOfCycles().check(SERVER);
  }

  @Test
  void systemDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("dev.onsite.server.system..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.onsite.server.account..",
            "dev.onsite.server.problem..",
            "dev.onsite.server.exam..",
            "dev.onsite.server.submission..",
            "dev.onsite.server.company..",
            "dev.onsite.server.search..",
            "dev.onsite.server.dashboard..")
        .check(SERVER);
  }

  @Test
  void problemsDoNotKnowAboutSubmissions() {
    noClasses()
        .that()
        .resideInAPackage("dev.onsite.server.problem..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.onsite.server.submission..", "dev.onsite.server.exam..")
        .check(SERVER);
  }

  @Test
  void onlyTheSubmissionFeatureTalksToTheJudge() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.onsite.server.submission..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.onsite.judge.Judge")
        .check(SERVER);
  }
}
