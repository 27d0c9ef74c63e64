package dev.onsite.cli.intel;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.company.Company;
import dev.onsite.catalog.view.CompanyView;
import dev.onsite.cli.UserException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Show one company's reported loops, questions, policies and insights, with sources. */
@Command(
    name = "company",
    description = "Show a company's interview loop(s), reported questions, policies and insights.")
public final class CompanyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "NAME",
      description = "The company, matched loosely: \"open ai\", deepmind, scale.")
  List<String> name;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Only the loops for this role: \"research engineer\", mle, swe.")
  String role;

  @Option(
      names = "--json",
      description =
          "Print one JSON object: roles, rounds, questions, policies, insights, each with its source.")
  boolean json;

  @Mixin ContentOption content;

  @Override
  public Integer call() {
    Catalog catalog = content.load(spec.commandLine().getErr());
    Company company = Intel.company(catalog, String.join(" ", name));
    CompanyView view;
    try {
      view = new CompanyView(catalog, company, role);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? view.json() + System.lineSeparator() : view.text());
    out.flush();
    return 0;
  }
}
