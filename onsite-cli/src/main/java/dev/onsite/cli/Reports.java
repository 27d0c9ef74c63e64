package dev.onsite.cli;

import dev.onsite.judge.verdict.JudgeReport;
import dev.onsite.judge.verdict.LevelResult;
import dev.onsite.judge.verdict.TestResult;
import dev.onsite.judge.verdict.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Render judge reports for people (a compact table) and for scripts (the contract's JSON). */
final class Reports {

  static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Reports() {}

  static Map<String, Object> toJson(JudgeReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("verdict", report.verdict().name());
    out.put("score", report.score());
    out.put("language", report.language());
    Map<String, Object> compile = new LinkedHashMap<>();
    compile.put("ok", report.compile().ok());
    compile.put("time_ms", report.compile().timeMs());
    compile.put("message", report.compile().message());
    out.put("compile", compile);
    out.put("tests", report.tests().stream().map(Reports::testJson).toList());
    out.put("levels", report.levels().stream().map(Reports::levelJson).toList());
    if (!report.message().isEmpty()) {
      out.put("message", report.message());
    }
    return out;
  }

  private static Map<String, Object> testJson(TestResult t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", t.name());
    out.put("group", t.group());
    if (t.level() != null) {
      out.put("level", t.level());
    }
    out.put("verdict", t.verdict().name());
    out.put("time_ms", t.timeMs());
    out.put("wall_ms", t.wallMs());
    out.put("memory_kb", t.memoryKb());
    out.put("visible", t.visible());
    out.put("message", t.message());
    return out;
  }

  private static Map<String, Object> levelJson(LevelResult l) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", l.name());
    out.put("passed", l.passed());
    out.put("tests_passed", l.testsPassed());
    out.put("tests_total", l.testsTotal());
    return out;
  }

  static String colored(Verdict verdict) {
    return switch (verdict) {
      case AC -> Terminal.green(verdict.name());
      case SK -> Terminal.dim(verdict.name());
      case JE -> Terminal.yellow(verdict.name());
      default -> Terminal.red(verdict.name());
    };
  }

  /**
   * A compact table: one line per test, failures with their message, then the levels and the
   * verdict.
   */
  static String human(JudgeReport report) {
    StringBuilder sb = new StringBuilder();
    if (!report.compile().ok()) {
      sb.append(Reports.colored(Verdict.CE))
          .append("  compile error\n")
          .append(indent(report.compile().message()))
          .append('\n');
      return sb.toString();
    }
    if (report.verdict() == Verdict.JE && report.tests().isEmpty()) {
      sb.append(colored(Verdict.JE)).append("  ").append(report.message()).append('\n');
      return sb.toString();
    }
    List<TestResult> tests = report.tests();
    int width = Math.max(4, tests.stream().mapToInt(t -> t.name().length()).max().orElse(4));
    for (TestResult t : tests) {
      sb.append(Terminal.pad(t.name(), width))
          .append("  ")
          .append(Terminal.pad(colored(t.verdict()), 4))
          .append(String.format("%6d ms %8.1f MiB", t.timeMs(), t.memoryKb() / 1024.0))
          .append(t.visible() ? "" : Terminal.dim("  hidden"))
          .append('\n');
      if (t.verdict() != Verdict.AC && t.verdict() != Verdict.SK && !t.message().isEmpty()) {
        sb.append(indent(t.message())).append('\n');
      }
    }
    for (LevelResult level : report.levels()) {
      sb.append(level.passed() ? Terminal.green("passed ") : Terminal.red("failed "))
          .append(level.name())
          .append(": ")
          .append(level.testsPassed())
          .append('/')
          .append(level.testsTotal())
          .append(" tests\n");
    }
    long passed = tests.stream().filter(t -> t.verdict() == Verdict.AC).count();
    sb.append(Terminal.bold(colored(report.verdict()) + "  " + report.verdict().description()))
        .append(
            String.format(
                "  score %.1f  %d/%d tests  max %d ms%n",
                report.score(), passed, tests.size(), report.maxTimeMs()));
    return sb.toString();
  }

  private static String indent(String text) {
    StringBuilder sb = new StringBuilder();
    text.lines()
        .limit(30)
        .forEach(line -> sb.append(sb.length() > 0 ? "\n" : "").append("    ").append(line));
    return sb.toString();
  }
}
