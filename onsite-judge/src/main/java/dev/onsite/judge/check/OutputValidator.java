package dev.onsite.judge.check;

import dev.onsite.judge.problem.PackageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Run a package's custom output validator under the Kattis protocol: {@code validator input answer
 * feedback_dir [args] < output}, exit 42 accepted, 43 wrong answer, feedback in {@code
 * feedback_dir/judgemessage.txt}. Any other exit is a judge error.
 *
 * <p>A validator is the package author's code, not the candidate's: it runs as a plain process with
 * a time limit. Python validators run with the judge's Python; C and C++ validators are compiled
 * once with the system compiler and cached by content.
 */
public final class OutputValidator {

  private static final long TIME_LIMIT_SECONDS = 30;

  private final List<String> command;

  private OutputValidator(List<String> command) {
    this.command = List.copyOf(command);
  }

  /**
   * Prepare the validator in {@code dir}.
   *
   * @throws PackageException when it has no source Onsite can run or does not compile
   */
  public static OutputValidator prepare(Path dir, Optional<Path> python, Path cacheDir) {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new PackageException(dir, "cannot read the output validator: " + e.getMessage());
    }
    List<Path> py = files.stream().filter(f -> f.toString().endsWith(".py")).toList();
    List<Path> cpp =
        files.stream().filter(f -> f.toString().matches(".*\\.(cc|cpp|cxx|c\\+\\+)$")).toList();
    List<Path> c = files.stream().filter(f -> f.toString().endsWith(".c")).toList();
    if (!cpp.isEmpty() || !c.isEmpty()) {
      return new OutputValidator(
          List.of(
              compileNative(dir, cpp.isEmpty() ? c : cpp, !cpp.isEmpty(), cacheDir).toString()));
    }
    if (py.size() == 1
        || (!py.isEmpty()
            && files.stream().anyMatch(f -> f.getFileName().toString().equals("validate.py")))) {
      Path script = py.size() == 1 ? py.get(0) : dir.resolve("validate.py");
      Path exe =
          python.orElseThrow(
              () ->
                  new PackageException(
                      script, "this Python output validator needs python3 on the machine"));
      return new OutputValidator(List.of(exe.toString(), script.toString()));
    }
    throw new PackageException(
        dir, "no output validator Onsite can run: expected one .py file, or C/C++ sources");
  }

  private static Path compileNative(Path dir, List<Path> sources, boolean cpp, Path cacheDir) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path source : sources) {
        digest.update(Files.readAllBytes(source));
        for (Path header : headers(dir)) {
          digest.update(Files.readAllBytes(header));
        }
      }
      Path binary =
          cacheDir
              .resolve("validators")
              .resolve(HexFormat.of().formatHex(digest.digest()).substring(0, 20));
      if (Files.isExecutable(binary)) {
        return binary;
      }
      Files.createDirectories(binary.getParent());
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  cpp ? "g++" : "gcc",
                  "-O2",
                  cpp ? "-std=gnu++17" : "-std=gnu11",
                  "-I",
                  dir.toString(),
                  "-o",
                  binary.toString()));
      sources.forEach(s -> cmd.add(s.toString()));
      Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new PackageException(
            sources.get(0),
            "the output validator does not compile: " + log.lines().findFirst().orElse(""));
      }
      return binary;
    } catch (IOException e) {
      throw new PackageException(
          sources.get(0),
          "cannot compile the output validator (is "
              + (cpp ? "g++" : "gcc")
              + " installed?): "
              + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PackageException(
          sources.get(0), "interrupted while compiling the output validator");
    }
  }

  private static List<Path> headers(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(f -> f.toString().endsWith(".h")).sorted().toList();
    }
  }

  /** Check {@code output} for the test with {@code input} and {@code answer}. */
  public CheckResult check(Path input, Path answer, String output, List<String> args) {
    Path feedback = null;
    Path outputFile = null;
    try {
      feedback = Files.createTempDirectory("onsite-feedback-");
      outputFile = Files.createTempFile("onsite-output-", ".txt");
      Files.writeString(outputFile, output);
      List<String> cmd = new ArrayList<>(command);
      cmd.add(input.toString());
      cmd.add(answer.toString());
      cmd.add(feedback.toString() + "/");
      cmd.addAll(args);
      Process process =
          new ProcessBuilder(cmd)
              .redirectInput(outputFile.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return CheckResult.judgeError(
            "the output validator ran longer than " + TIME_LIMIT_SECONDS + " s");
      }
      String message = readMessage(feedback.resolve("judgemessage.txt"));
      return switch (process.exitValue()) {
        case 42 -> CheckResult.ACCEPTED;
        case 43 -> CheckResult.wrong(message.isEmpty() ? "wrong answer" : message, "wrong answer");
        default -> {
          // Its message may quote the test's data: a hidden test shows only the status.
          String status =
              "the output validator exited with status "
                  + process.exitValue()
                  + " (expected 42 or 43)";
          yield CheckResult.judgeError(status + (message.isEmpty() ? "" : ": " + message), status);
        }
      };
    } catch (IOException e) {
      return CheckResult.judgeError("cannot run the output validator: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CheckResult.judgeError("interrupted while validating");
    } finally {
      delete(outputFile);
      if (feedback != null) {
        try (Stream<Path> files = Files.list(feedback)) {
          files.forEach(OutputValidator::delete);
        } catch (IOException e) {
          // best effort
        }
        delete(feedback);
      }
    }
  }

  private static String readMessage(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "";
    }
    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }

  private static void delete(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // best effort
      }
    }
  }
}
