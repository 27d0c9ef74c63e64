package dev.onsite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Write the skeleton of a new problem package that passes {@code ./onsite check} as it is. */
@Command(
    name = "new",
    description =
        "Scaffold a problem package (new stdio|api NAME), a code review package (new review NAME)"
            + " or a workspace package (new workspace NAME [--lang python|java]).")
final class NewCommand implements Callable<Integer> {

  enum Kind {
    stdio,
    api,
    review,
    workspace
  }

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "stdio|api|review|workspace",
      description = "The kind of package.")
  Kind kind;

  @Parameters(
      index = "1",
      paramLabel = "NAME",
      description = "The problem id: lowercase words joined by '-'.")
  String name;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to create it (default: problems, reviews or workspaces by kind).")
  Path dir;

  @Option(
      names = "--lang",
      paramLabel = "python|java",
      description = "The language of a workspace package's tree (default: python).")
  String language;

  @Override
  public Integer call() throws IOException {
    if (language != null && kind != Kind.workspace) {
      throw new UserException(
          "--lang is for new workspace only: a "
              + kind
              + " package's languages come from its"
              + " solutions");
    }
    String lang = language == null ? "python" : language;
    if (!lang.equals("python") && !lang.equals("java")) {
      throw new UserException("--lang must be python or java, was '" + lang + "'");
    }
    if (!NAME.matcher(name).matches()) {
      throw new UserException(
          "'"
              + name
              + "' is not a valid problem id: use lowercase words joined by '-', such as rate-limiter");
    }
    Path root =
        (dir != null
                ? dir
                : switch (kind) {
                  case review -> Path.of("reviews");
                  case workspace -> WorkspaceCommand.workspacesDir();
                  default -> Workspace.problemsDir();
                })
            .resolve(name);
    if (Files.exists(root)) {
      throw new UserException(root + " already exists; choose another name or remove it");
    }
    Map<String, String> files =
        switch (kind) {
          case api -> api();
          case stdio -> stdio();
          case review -> ReviewScaffold.files(name);
          case workspace -> WorkspaceScaffold.files(name, lang);
        };
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    var out = spec.commandLine().getOut();
    out.println("created " + root + " (" + files.size() + " files)");
    out.println(
        "next: edit the "
            + switch (kind) {
              case review -> "code, defects and reviews";
              case workspace -> "tree, hidden tests and submissions";
              default -> "statement and tests";
            }
            + ", then run ./onsite check "
            + root);
    return 0;
  }

  private Map<String, String> api() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "problem.yaml",
        """
        name: %s
        limits:
          time_limit: 2
          memory: 256
        onsite:
          type: api
          round: oop
          difficulty: medium
          tags: []
          companies: []
          languages: [java, python]
          minutes: 15
          levels:
            - id: level-1
              title: Counting
              minutes: 15
        """
            .formatted(title()));
    files.put(
        "statement/problem.md", "# " + title() + "\n\nDescribe the system the candidate builds.\n");
    files.put(
        "statement/level-1.md",
        """
        ## Level 1: counting

        Implement a class `Counter`:

        - `increment(key: str) -> int` adds one to the count of `key` and returns the new count.
        - `get(key: str) -> int` returns the count of `key`, or 0 for a key never incremented.
        """);
    files.put(
        "data/level-1/sample/01-example.json",
        """
        {"calls": [
          {"new": "Counter"},
          {"call": "increment", "args": ["a"], "expect": 1},
          {"call": "increment", "args": ["a"], "expect": 2},
          {"call": "get", "args": ["a"], "expect": 2}
        ]}
        """);
    files.put(
        "data/level-1/secret/01-unknown-key.json",
        """
        {"calls": [
          {"new": "Counter"},
          {"call": "get", "args": ["never"], "expect": 0},
          {"call": "increment", "args": ["b"], "expect": 1},
          {"call": "get", "args": ["a"], "expect": 0}
        ]}
        """);
    files.put(
        "starter/Counter.java",
        """
        public class Counter {
            public int increment(String key) {
                throw new UnsupportedOperationException("TODO");
            }

            public int get(String key) {
                throw new UnsupportedOperationException("TODO");
            }
        }
        """);
    files.put(
        "starter/counter.py",
        """
        class Counter:
            def increment(self, key: str) -> int:
                raise NotImplementedError

            def get(self, key: str) -> int:
                raise NotImplementedError
        """);
    files.put(
        "submissions/accepted/Counter.java",
        """
        import java.util.HashMap;
        import java.util.Map;

        public class Counter {
            private final Map<String, Integer> counts = new HashMap<>();

            public int increment(String key) {
                return counts.merge(key, 1, Integer::sum);
            }

            public int get(String key) {
                return counts.getOrDefault(key, 0);
            }
        }
        """);
    files.put(
        "submissions/accepted/counter.py",
        """
        from collections import Counter as _Counts


        class Counter:
            def __init__(self) -> None:
                self._counts: _Counts[str] = _Counts()

            def increment(self, key: str) -> int:
                self._counts[key] += 1
                return self._counts[key]

            def get(self, key: str) -> int:
                return self._counts[key]
        """);
    files.put(
        "submissions/wrong_answer/missing_key_raises.py",
        """
        class Counter:
            def __init__(self) -> None:
                self._counts: dict[str, int] = {}

            def increment(self, key: str) -> int:
                self._counts[key] = self._counts.get(key, 0) + 1
                return self._counts[key]

            def get(self, key: str) -> int:
                return self._counts.get(key, -1)  # wrong: an unknown key counts 0
        """);
    files.put("notes.md", "# Notes\n\nWhat a strong solution does, and the follow-up questions.\n");
    return files;
  }

  private Map<String, String> stdio() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "problem.yaml",
        """
        name: %s
        limits:
          time_limit: 1
        onsite:
          type: stdio
          round: coding
          difficulty: easy
          tags: []
          languages: [java, python]
        """
            .formatted(title()));
    files.put(
        "statement/problem.md",
        """
        # %s

        The input is two integers $a$ and $b$ on one line. Print $a + b$.
        """
            .formatted(title()));
    files.put("data/sample/1.in", "1 2\n");
    files.put("data/sample/1.ans", "3\n");
    files.put("data/secret/1.in", "-5 5\n");
    files.put("data/secret/1.ans", "0\n");
    files.put("data/secret/2.in", "2000000000 2000000000\n");
    files.put("data/secret/2.ans", "4000000000\n");
    files.put(
        "starter/Main.java",
        """
        import java.util.Scanner;

        public class Main {
            public static void main(String[] args) {
                Scanner in = new Scanner(System.in);
                // TODO
            }
        }
        """);
    files.put("starter/main.py", "a, b = map(int, input().split())\n# TODO\n");
    files.put(
        "submissions/accepted/Main.java",
        """
        import java.util.Scanner;

        public class Main {
            public static void main(String[] args) {
                Scanner in = new Scanner(System.in);
                long a = in.nextLong();
                long b = in.nextLong();
                System.out.println(a + b);
            }
        }
        """);
    files.put("submissions/accepted/main.py", "a, b = map(int, input().split())\nprint(a + b)\n");
    files.put(
        "submissions/wrong_answer/int_overflow.java",
        """
        import java.util.Scanner;

        public class Overflow {
            public static void main(String[] args) {
                Scanner in = new Scanner(System.in);
                int a = in.nextInt();
                int b = in.nextInt();
                System.out.println(a + b);
            }
        }
        """);
    files.put("notes.md", "# Notes\n\nWhat a strong solution does, and the follow-up questions.\n");
    return files;
  }

  private String title() {
    String spaced = name.replace('-', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
