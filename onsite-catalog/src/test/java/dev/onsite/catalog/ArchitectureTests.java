package dev.onsite.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keep the catalog's features free of cycles, and the catalog free of Spring and the judge. */
class ArchitectureTests {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.onsite.catalog");
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching("dev.onsite.catalog.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void valuesDependOnNoFeature() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.onsite.catalog.round..", "dev.onsite.catalog.source..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.onsite.catalog.company..",
            "dev.onsite.catalog.insight..",
            "dev.onsite.catalog.search..",
            "dev.onsite.catalog.content..",
            "dev.onsite.catalog.view..")
        .check(classes);
  }

  @Test
  void onlyTheLoaderKnowsYamlAndOnlySearchKnowsLucene() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.onsite.catalog.content..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("tools.jackson.dataformat.yaml..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.onsite.catalog.search..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  @Test
  void catalogDependsOnNeitherSpringNorTheJudge() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "dev.onsite.judge..", "dev.onsite.cli..")
        .check(classes);
  }
}
