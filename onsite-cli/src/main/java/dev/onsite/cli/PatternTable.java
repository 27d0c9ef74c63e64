package dev.onsite.cli;

import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.server.account.Accounts;
import dev.onsite.server.dashboard.PatternProgress;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Print the local user's progress per algorithmic pattern, read from the local database, or from
 * the local server when one holds the database open.
 */
final class PatternTable {

  static final String ALL = "\0all";

  private static final String LOCAL_SERVER = "http://127.0.0.1:8080";

  private final List<ProblemPackage> packages;
  private final Path dataDir;
  private final PrintWriter err;

  PatternTable(List<ProblemPackage> packages, Path dataDir, PrintWriter err) {
    this.packages = packages;
    this.dataDir =
        (dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".onsite"))
            .toAbsolutePath()
            .normalize();
    this.err = err;
  }

  int print(PrintWriter out, boolean json) {
    List<PatternProgress> rows = progress();
    if (json) {
      List<Map<String, Object>> array = new ArrayList<>();
      for (PatternProgress p : rows) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("pattern", p.pattern());
        row.put("problems", p.problems());
        row.put("solved", p.solved());
        row.put("attempted", p.attempted());
        row.put("failed_submissions", p.failedSubmissions());
        row.put("median_seconds_to_ac", p.medianSecondsToAc() < 0 ? null : p.medianSecondsToAc());
        array.add(row);
      }
      out.println(Reports.JSON.writeValueAsString(array));
      return 0;
    }
    if (rows.isEmpty()) {
      out.println("no problem names a pattern (onsite.patterns in problem.yaml)");
      return 0;
    }
    out.println(
        Terminal.bold(
            Terminal.pad("PATTERN", 20)
                + Terminal.pad("SOLVED", 10)
                + Terminal.pad("ATTEMPTED", 11)
                + Terminal.pad("FAILED", 8)
                + "MEDIAN TO AC"));
    for (PatternProgress p : rows) {
      String failed = String.valueOf(p.failedSubmissions());
      out.println(
          Terminal.pad(p.pattern(), 20)
              + Terminal.pad(p.solved() + "/" + p.problems(), 10)
              + Terminal.pad(String.valueOf(p.attempted()), 11)
              + Terminal.pad(p.failedSubmissions() > p.solved() ? Terminal.red(failed) : failed, 8)
              + p.medianToAc());
    }
    out.println(rows.size() + " patterns");
    return 0;
  }

  /** Progress from the database, from the local server, or none (counts of problems only). */
  private List<PatternProgress> progress() {
    Path db = dataDir.resolve("db").resolve("onsite.mv.db");
    if (!Files.isRegularFile(db)) {
      return PatternProgress.of(packages);
    }
    try {
      return fromDatabase();
    } catch (DatabaseInUse e) {
      return fromServer()
          .orElseGet(
              () -> {
                err.println(
                    "onsite: the database in "
                        + dataDir
                        + " is held by a running server that does not answer on "
                        + LOCAL_SERVER
                        + "; showing problem counts only (stop the server, or see /dashboard)");
                return PatternProgress.of(packages);
              });
    }
  }

  private List<PatternProgress> fromDatabase() {
    String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("onsite") + ";IFEXISTS=TRUE";
    SimpleDriverDataSource source = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
    try {
      JdbcClient jdbc = JdbcClient.create(source);
      Optional<Long> account =
          jdbc.sql("select id from accounts where username = ?")
              .params(Accounts.LOCAL_USERNAME)
              .query(Long.class)
              .optional();
      return account
          .map(id -> PatternProgress.read(jdbc, id, packages, ZoneId.systemDefault()))
          .orElseGet(() -> PatternProgress.of(packages));
    } catch (RuntimeException e) {
      if (inUse(e)) {
        throw new DatabaseInUse();
      }
      throw new UserException(
          "cannot read the progress in "
              + dataDir
              + ": "
              + e.getMessage().lines().findFirst().orElse(""),
          1);
    }
  }

  private Optional<List<PatternProgress>> fromServer() {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(LOCAL_SERVER + "/api/dashboard"))
                  .timeout(Duration.ofSeconds(5))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return Optional.empty();
      }
      JsonNode patterns = Reports.JSON.readTree(response.body()).path("patterns");
      List<PatternProgress> out = new ArrayList<>();
      for (JsonNode p : patterns) {
        out.add(
            new PatternProgress(
                p.path("pattern").asString(),
                p.path("problems").asInt(),
                p.path("solved").asInt(),
                p.path("attempted").asInt(),
                p.path("failedSubmissions").asInt(),
                p.path("medianSecondsToAc").asLong(-1)));
      }
      return Optional.of(out);
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static boolean inUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
        return true;
      }
    }
    return false;
  }

  private static final class DatabaseInUse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseInUse() {
      super(null, null, false, false);
    }
  }
}
