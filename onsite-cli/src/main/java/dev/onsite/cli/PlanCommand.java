package dev.onsite.cli;

import dev.onsite.server.OnsiteServer;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.plan.Plans;
import dev.onsite.server.plan.StudyPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.server.ResponseStatusException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * Show or set the study plan: from the local server when one runs (it holds the database), or from
 * the local database directly.
 */
@Command(
    name = "plan",
    description = {
      "Your day-by-day study plan up to an interview, weighted to the target loops' rounds and",
      "your weakest areas, laid out again after every attempt.",
      "Set it with --company (repeatable) and --date; without them, show it."
    })
final class PlanCommand implements Callable<Integer> {

  @Option(
      names = "--company",
      paramLabel = "NAME",
      description = "A target company (name or id); repeat for several. Replaces the targets.")
  List<String> companies = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The interview's day.")
  String date;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      description = "Practice per day, 20..600 (default: 90, or what the plan has).")
  Integer minutes;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "7",
      description = "Days to print (default: 7; --json prints all).")
  int days;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "The server to ask (default: " + ServerClient.LOCAL + " when it runs).")
  String server;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "A personal API token for a server with accounts (default: $"
              + ServerClient.TOKEN_ENV
              + ").")
  String token;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Read this local database directly instead of asking a server (default: ~/.onsite,"
              + " when no server answers).")
  Path data;

  @Option(
      names = {"-D", "--set"},
      paramLabel = "NAME=VALUE",
      description = "Any setting, such as -D onsite.content-dir=content, for the local database.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print the plan as one JSON object.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    boolean setting = !companies.isEmpty() || date != null || minutes != null;
    if (setting && (companies.isEmpty() || date == null)) {
      throw new UserException(
          "to set a plan give both --company NAME and --date YYYY-MM-DD", Onsite.EXIT_USAGE);
    }
    LocalDate day = null;
    if (date != null) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new UserException(
            "--date '" + date + "' is not a date: write it as YYYY-MM-DD", Onsite.EXIT_USAGE);
      }
    }
    if (days < 1) {
      throw new UserException("--days must be at least 1, was " + days, Onsite.EXIT_USAGE);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonNode plan = data == null ? fromServer(setting, day, err) : null;
    if (plan == null) {
      plan = inProcess(setting, day, err);
    }
    if (json) {
      out.println(Reports.JSON.writeValueAsString(plan));
    } else {
      print(plan, out);
    }
    return 0;
  }

  private Map<String, Object> body(LocalDate day) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("companies", companies);
    body.put("interviewDate", day.toString());
    body.put("dailyMinutes", minutes);
    return body;
  }

  /** The plan from a running server, or null when none answers at the default address. */
  private JsonNode fromServer(boolean setting, LocalDate day, PrintWriter err) {
    ServerClient client = new ServerClient(server == null ? ServerClient.LOCAL : server, token);
    ServerClient.Answer answer;
    try {
      answer = setting ? client.send("PUT", "/api/plan", body(day)) : client.get("/api/plan");
    } catch (ServerClient.Unreachable e) {
      if (server != null) {
        throw e;
      }
      return null;
    }
    if (answer.status() == 404 && !setting) {
      throw new UserException(noPlan(), Onsite.EXIT_FAILURE);
    }
    if (answer.status() != 200) {
      throw new UserException(
          answer.reason(), answer.status() == 400 ? Onsite.EXIT_USAGE : Onsite.EXIT_FAILURE);
    }
    return answer.body();
  }

  /** The plan computed here, on the local database (no server runs to hold it). */
  private JsonNode inProcess(boolean setting, LocalDate day, PrintWriter err) {
    err.println(
        Terminal.dim(
            "onsite: "
                + (data == null ? "no server runs; " : "")
                + "reading the local database..."));
    List<String> args = new ArrayList<>();
    args.add("--spring.main.web-application-type=none");
    args.add("--onsite.judge.local=false");
    args.add("--logging.level.root=WARN");
    args.add("--logging.level.dev.onsite=WARN");
    if (data != null) {
      args.add("--onsite.data-dir=" + data.toAbsolutePath());
    }
    settings.forEach((name, value) -> args.add("--" + name + "=" + value));
    ConfigurableApplicationContext context;
    try {
      context = OnsiteServer.start(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      throw new UserException(
          "could not open the local database (the lines above say why)", Onsite.EXIT_FAILURE);
    }
    try (context) {
      Plans plans = context.getBean(Plans.class);
      long account = context.getBean(Accounts.class).local().id();
      StudyPlan plan;
      try {
        plan =
            setting
                ? plans.save(account, companies, day, minutes)
                : plans
                    .plan(account)
                    .orElseThrow(() -> new UserException(noPlan(), Onsite.EXIT_FAILURE));
      } catch (ResponseStatusException e) {
        throw new UserException(e.getReason(), Onsite.EXIT_USAGE);
      }
      return Reports.JSON.valueToTree(plan);
    }
  }

  private static String noPlan() {
    return "no study plan yet: set one with ./onsite plan --company NAME --date YYYY-MM-DD";
  }

  private void print(JsonNode plan, PrintWriter out) {
    List<String> names = new ArrayList<>();
    plan.path("companyNames").forEach(n -> names.add(n.asString()));
    JsonNode allDays = plan.path("days");
    out.println(
        Terminal.bold("Study plan")
            + " for "
            + String.join(", ", names)
            + " · interview "
            + plan.path("interviewDate").asString()
            + " ("
            + allDays.size()
            + (allDays.size() == 1 ? " day" : " days")
            + " to go) · "
            + plan.path("dailyMinutes").asInt()
            + " min a day");
    List<String> weights = new ArrayList<>();
    plan.path("weights")
        .forEach(
            w -> weights.add(w.path("round").asString() + " " + w.path("percent").asInt() + "%"));
    out.println(Terminal.dim("time per round: " + String.join(" · ", weights)));
    DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    int shown = 0;
    for (JsonNode d : allDays) {
      if (shown++ == days) {
        break;
      }
      LocalDate when = LocalDate.parse(d.path("date").asString());
      out.println();
      out.println(
          Terminal.bold(shown == 1 ? "Today, " + when.format(format) : when.format(format)));
      for (JsonNode t : d.path("tasks")) {
        out.println(
            "  "
                + Terminal.pad(t.path("minutes").asInt() + " min", 8)
                + Terminal.pad(t.path("round").asString(), 17)
                + t.path("title").asString()
                + "  "
                + Terminal.dim(t.path("url").asString() + " · " + t.path("reason").asString()));
      }
    }
    if (allDays.size() > days) {
      out.println();
      out.println(Terminal.dim((allDays.size() - days) + " more days: --days N, or /plan"));
    }
  }
}
