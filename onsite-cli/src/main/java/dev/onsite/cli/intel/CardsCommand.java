package dev.onsite.cli.intel;

import dev.onsite.catalog.Catalog;
import dev.onsite.catalog.view.DecksView;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** List the spaced-repetition card decks in {@code content/cards/}. */
@Command(name = "cards", description = "List the ML fundamentals card decks with their counts.")
public final class CardsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description =
          "Print a JSON array: [{id, title, summary, cards, core, advanced, tags, path}].")
  boolean json;

  @Mixin ContentOption content;

  @Override
  public Integer call() {
    Catalog catalog = content.load(spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    DecksView view = new DecksView(catalog);
    out.print(json ? view.json() + System.lineSeparator() : view.text());
    out.flush();
    return 0;
  }
}
