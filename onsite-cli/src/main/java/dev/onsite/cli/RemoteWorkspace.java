package dev.onsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A workspace taken from a server and submitted to its judging queue: the same files as {@code
 * workspace open} writes from the repository, and the changed ones sent back as the workspace page
 * sends them.
 */
final class RemoteWorkspace {

  /** How long a submission may wait in the server's queue and be judged. */
  static final Duration PATIENCE = Duration.ofMinutes(5);

  /** Directories a test run leaves behind; never part of a submission. */
  private static final Set<String> LEFTOVERS = Set.of("__pycache__", ".pytest_cache", "target");

  private RemoteWorkspace() {}

  static int open(ServerClient server, String id, Path dir, PrintWriter out) throws IOException {
    JsonNode starter = starter(server, id);
    if (Files.exists(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (!Files.isDirectory(dir) || entries.findAny().isPresent()) {
          throw new UserException(
              dir + " is not an empty directory; give a new or empty one (nothing was written)");
        }
      }
    }
    Files.createDirectories(dir);
    for (Map.Entry<String, JsonNode> file : starter.path("files").properties()) {
      write(dir, file.getKey(), file.getValue().asString());
    }
    for (Map.Entry<String, JsonNode> log : starter.path("logs").properties()) {
      write(dir, "logs/" + log.getKey(), log.getValue().asString());
    }
    Files.writeString(dir.resolve("STATEMENT.md"), starter.path("statement").asString(""));
    JsonNode summary = starter.path("workspace");
    Map<String, Object> marker = new LinkedHashMap<>();
    marker.put("id", summary.path("id").asString(id));
    marker.put("round", summary.path("round").asString(""));
    marker.put("server", server.base());
    Files.writeString(
        dir.resolve(WorkspaceCommand.MARKER), Reports.JSON.writeValueAsString(marker));
    out.println(
        "opened "
            + summary.path("id").asString(id)
            + " from "
            + server.base()
            + " in "
            + dir
            + ": "
            + starter.path("files").size()
            + " files");
    out.println("read " + dir.resolve("STATEMENT.md") + ", then: ./onsite workspace submit " + dir);
    out.flush();
    return 0;
  }

  static int submit(
      ServerClient server,
      String id,
      Path dir,
      boolean run,
      boolean json,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    if (id.isEmpty()) {
      throw new UserException(
          dir.resolve(WorkspaceCommand.MARKER) + ": names no workspace id; open it again");
    }
    Map<String, String> starter = new TreeMap<>();
    starter(server, id)
        .path("files")
        .properties()
        .forEach(e -> starter.put(e.getKey(), e.getValue().asString()));
    Map<String, String> files = new TreeMap<>();
    Map<String, String> mine = read(dir);
    mine.forEach(
        (path, text) -> {
          if (!text.equals(starter.get(path))) {
            files.put(path, text);
          }
        });
    List<String> deleted = new ArrayList<>();
    starter.keySet().stream().filter(p -> !mine.containsKey(p)).forEach(deleted::add);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("files", files);
    body.put("deleted", deleted);
    body.put("mode", run ? "run" : "submit");
    ServerClient.Answer queued =
        server.send("POST", "/api/workspaces/" + id + "/submissions", body);
    if (queued.status() != 202) {
      throw new UserException(queued.reason(), queued.status() == 400 ? 2 : 1);
    }
    long submission = queued.body().path("id").asLong();
    err.println(
        Terminal.dim(
            "onsite: submission "
                + submission
                + " queued at "
                + server.base()
                + " ("
                + files.size()
                + " changed, "
                + deleted.size()
                + " deleted); waiting for the verdict..."));
    JsonNode result = await(server, submission);
    if (json) {
      out.println(Reports.JSON.writeValueAsString(result));
    } else {
      out.print(human(result, server.base()));
    }
    out.flush();
    return 0;
  }

  private static JsonNode starter(ServerClient server, String id) {
    ServerClient.Answer answer = server.get("/api/workspaces/" + id);
    if (answer.status() != 200) {
      throw new UserException(answer.reason(), 1);
    }
    return answer.body();
  }

  private static JsonNode await(ServerClient server, long id) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      ServerClient.Answer answer = server.get("/api/submissions/" + id);
      if (answer.status() != 200) {
        throw new UserException(answer.reason(), 1);
      }
      if (answer.body().path("status").asString("").equals("done")) {
        return answer.body();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new UserException(
            "submission "
                + id
                + " is still waiting after "
                + PATIENCE.toMinutes()
                + " minutes; it stays queued: see "
                + server.base()
                + "/submissions/"
                + id,
            1);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UserException("interrupted; submission " + id + " stays queued", 1);
      }
    }
  }

  /** The text files of the workspace directory, by their slash-separated paths. */
  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path relative = dir.relativize(file);
        String first = relative.getName(0).toString();
        if (WorkspaceCommand.OPENED_EXTRAS.contains(first)) {
          continue;
        }
        boolean leftover = false;
        for (Path part : relative) {
          leftover |= LEFTOVERS.contains(part.toString());
        }
        if (leftover) {
          continue;
        }
        String path = relative.toString().replace(java.io.File.separatorChar, '/');
        try {
          files.put(
              path,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                  .toString());
        } catch (CharacterCodingException e) {
          throw new UserException(
              path + " is not UTF-8 text: a workspace holds source files only; remove it", 2);
        }
      }
    }
    return files;
  }

  private static void write(Path dir, String path, String text) throws IOException {
    Path target = dir.resolve(path).normalize();
    if (!target.startsWith(dir.normalize())) {
      throw new UserException("the server sent a file outside the workspace: " + path, 1);
    }
    Files.createDirectories(target.getParent());
    Files.writeString(target, text);
  }

  static String human(JsonNode s, String base) {
    StringBuilder out = new StringBuilder();
    String verdict = s.path("verdict").asString("?");
    out.append(verdict.equals("AC") ? Terminal.green("AC") : Terminal.red(verdict))
        .append("  score ")
        .append(String.format(java.util.Locale.ROOT, "%.1f", s.path("score").asDouble()))
        .append("  ")
        .append(s.path("message").asString(""))
        .append('\n');
    for (JsonNode t : s.path("tests")) {
      boolean passed = t.path("verdict").asString("").equals("AC");
      out.append("  ")
          .append(passed ? Terminal.green("pass") : Terminal.red(t.path("verdict").asString()))
          .append("  ")
          .append(t.path("name").asString())
          .append(t.path("visible").asBoolean() ? "" : Terminal.dim("  (hidden)"));
      String message = t.path("message").asString("");
      if (!message.isEmpty()) {
        out.append("  ").append(Terminal.dim(message.lines().findFirst().orElse("")));
      }
      out.append('\n');
    }
    out.append("  ")
        .append(base)
        .append("/submissions/")
        .append(s.path("id").asLong())
        .append('\n');
    return out.toString();
  }
}
