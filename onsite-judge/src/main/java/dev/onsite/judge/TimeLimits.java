package dev.onsite.judge;

import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.Limits;
import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.judge.problem.SubmissionFile;
import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Find a package's time limit: the one it states, or one derived the Kattis way from its accepted
 * submissions (the slowest accepted run times the multiplier, rounded up), cached on disk by the
 * package's content so that it is measured once.
 */
final class TimeLimits {

  /** The generous limit the accepted submissions run under while the real one is measured. */
  private static final double MEASURING_LIMIT = 10.0;

  private final Judge judge;
  private final Path cacheDir;
  private final Map<String, Double> memory = new ConcurrentHashMap<>();

  TimeLimits(Judge judge, Path cacheDir) {
    this.judge = judge;
    this.cacheDir = cacheDir.resolve("timelimits");
  }

  double of(ProblemPackage pkg) {
    if (pkg.limits().timeLimitSeconds().isPresent()) {
      return pkg.limits().timeLimitSeconds().getAsDouble();
    }
    List<SubmissionFile> accepted =
        pkg.submissions().stream().filter(s -> s.expected() == Verdict.AC).toList();
    if (accepted.isEmpty()) {
      return Limits.DEFAULT_TIME_LIMIT_SECONDS;
    }
    String key = fingerprint(pkg);
    return memory.computeIfAbsent(key, k -> readOrMeasure(pkg, accepted, k));
  }

  private double readOrMeasure(ProblemPackage pkg, List<SubmissionFile> accepted, String key) {
    Path file = cacheDir.resolve(key);
    try {
      if (Files.isRegularFile(file)) {
        return Double.parseDouble(Files.readString(file).trim());
      }
    } catch (IOException | NumberFormatException e) {
      // measure again
    }
    double slowest = 0;
    for (SubmissionFile submission : accepted) {
      Language language = Language.byFile(submission.path()).orElseThrow();
      String source;
      try {
        source = Files.readString(submission.path());
      } catch (IOException e) {
        continue;
      }
      JudgeReport report = judge.judge(pkg, language, source, JudgeListener.NONE, MEASURING_LIMIT);
      if (report.verdict() == Verdict.AC) {
        slowest = Math.max(slowest, report.maxTimeMs() / 1000.0);
      }
    }
    double limit = pkg.limits().deriveTimeLimit(slowest);
    try {
      Files.createDirectories(cacheDir);
      Files.writeString(file, Double.toString(limit));
    } catch (IOException e) {
      // The cache is an optimization.
    }
    return limit;
  }

  private static String fingerprint(ProblemPackage pkg) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(pkg.root().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (String dir : List.of("submissions/accepted", "data", "problem.yaml")) {
        Path path = pkg.root().resolve(dir);
        if (!Files.exists(path)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(path)) {
          for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
            digest.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(
                Long.toString(Files.size(f)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(
                Long.toString(Files.getLastModifiedTime(f).toMillis())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unhashable-" + pkg.id();
    }
  }
}
