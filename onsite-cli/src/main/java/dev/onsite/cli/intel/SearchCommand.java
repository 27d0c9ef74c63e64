package dev.onsite.cli.intel;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.search.HitType;
import dev.onsite.catalog.search.SearchRequest;
import dev.onsite.catalog.view.SearchView;
import dev.onsite.cli.UserException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Search companies, loops, rounds, reported questions, insights and practice items. */
@Command(
    name = "search",
    description = "Search companies, rounds, reported questions, insights and practice problems.")
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "What to look for, for example: implement BPE.")
  List<String> query;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--company", paramLabel = "NAME", description = "Only hits about this company.")
  String company;

  @Option(
      names = "--round",
      paramLabel = "ID",
      description = "Only hits about this round id, for example ml-coding.")
  String round;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      split = ",",
      description =
          "Only hits of these types: company, loop, round, question, policy, insight, practice.")
  List<String> types;

  @Option(
      names = "--json",
      description = "Print a JSON array: [{type, title, company, snippet, source, score}].")
  boolean json;

  @Mixin ContentOption content;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new UserException("--limit must be at least 1, was " + limit);
    }
    Catalog catalog = content.load(spec.commandLine().getErr());
    String text = String.join(" ", query);
    SearchRequest request = SearchRequest.of(text, limit).onlyTypes(types());
    if (company != null) {
      request = request.onlyCompany(Intel.company(catalog, company).id());
    }
    if (round != null) {
      request =
          request.onlyRound(
              RoundType.byId(round)
                  .orElseThrow(
                      () ->
                          new UserException(
                              "unknown round id '"
                                  + round
                                  + "' (known: "
                                  + String.join(", ", RoundType.ids())
                                  + ")")));
    }
    SearchView view = new SearchView(text, catalog.search(request));
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? view.json() + System.lineSeparator() : view.text());
    out.flush();
    return 0;
  }

  private Set<HitType> types() {
    Set<HitType> out = EnumSet.noneOf(HitType.class);
    for (String type : types == null ? List.<String>of() : types) {
      out.add(
          HitType.byId(type.strip())
              .orElseThrow(
                  () ->
                      new UserException(
                          "unknown hit type '"
                              + type
                              + "' (known: "
                              + String.join(", ", HitType.ids())
                              + ")")));
    }
    return out;
  }
}
