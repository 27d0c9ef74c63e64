package dev.onsite.cli.intel;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.view.CompaniesView;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** List the companies Onsite has interview intelligence on. */
@Command(name = "companies", description = "List the companies with reported interview loops.")
public final class CompaniesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description = "Print a JSON array: [{id, name, roles, rounds, sources}].")
  boolean json;

  @Mixin ContentOption content;

  @Override
  public Integer call() {
    Catalog catalog = content.load(spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    CompaniesView view = new CompaniesView(catalog);
    out.print(json ? view.json() + System.lineSeparator() : view.text());
    out.flush();
    return 0;
  }
}
