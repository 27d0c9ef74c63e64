package dev.onsite.harness;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Measure the structure of Java sources with JavaParser: the same metrics, under the same names, as
 * the Python driver measures on Python ones.
 *
 * <ul>
 *   <li>{@code duplicated_lines}: lines inside a run of three or more normalized lines that occurs
 *       twice or more (blank lines, comments, imports and lines of braces alone do not count);
 *   <li>{@code longest_function}: the most lines of one method or constructor;
 *   <li>{@code max_complexity}, {@code mean_complexity}: cyclomatic complexity per method, 1 plus
 *       each {@code if}, loop, {@code catch}, {@code ?:}, {@code case} label, {@code &&} and {@code
 *       ||} (a lambda's count with its method's; a local or anonymous class's methods on their
 *       own).
 * </ul>
 */
final class JavaStructure {

  private static final Pattern TRIVIAL = Pattern.compile("[{}()\\[\\];,\\s]*");

  private JavaStructure() {}

  /**
   * The metrics of {@code files} (paths under {@code root}); {@code error} when one does not parse.
   */
  static Map<String, Object> measure(Path root, List<String> files) {
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
    Map<CallableDeclaration<?>, int[]> complexity = new IdentityHashMap<>();
    List<CallableDeclaration<?>> methods = new ArrayList<>();
    Map<List<String>, List<int[]>> windows = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String name : files) {
      Path path = root.resolve(name);
      if (!Files.isRegularFile(path)) {
        continue;
      }
      String text;
      try {
        text = Files.readString(path);
      } catch (IOException e) {
        return Map.of("error", name + ": cannot read: " + e.getMessage());
      }
      ParseResult<CompilationUnit> parsed = parser.parse(text);
      if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
        String problem =
            parsed.getProblems().isEmpty()
                ? "does not parse"
                : parsed.getProblems().getFirst().getMessage();
        return Map.of("error", name + ": syntax error: " + problem.lines().findFirst().orElse(""));
      }
      CompilationUnit unit = parsed.getResult().get();
      for (CallableDeclaration<?> method : unit.findAll(CallableDeclaration.class)) {
        methods.add(method);
        complexity.put(method, new int[] {1});
      }
      unit.walk(node -> decisions(node, complexity));
      int file = names.size();
      names.add(name);
      List<String> lines = normalizedLines(text);
      for (int i = 0; i + 3 <= lines.size(); i++) {
        windows
            .computeIfAbsent(List.copyOf(lines.subList(i, i + 3)), k -> new ArrayList<>())
            .add(new int[] {file, i});
      }
    }
    Set<Long> duplicated = new HashSet<>();
    for (List<int[]> places : windows.values()) {
      if (places.size() > 1) {
        for (int[] place : places) {
          for (int k = 0; k < 3; k++) {
            duplicated.add(((long) place[0] << 32) | (place[1] + k));
          }
        }
      }
    }
    int longest = 0;
    String longestName = "";
    int worst = 0;
    String worstName = "";
    long sum = 0;
    for (CallableDeclaration<?> method : methods) {
      int length =
          method.getBegin().isPresent() && method.getEnd().isPresent()
              ? method.getEnd().get().line - method.getBegin().get().line + 1
              : 0;
      int c = complexity.get(method)[0];
      sum += c;
      if (length > longest) {
        longest = length;
        longestName = qualified(method);
      }
      if (c > worst) {
        worst = c;
        worstName = qualified(method);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("duplicated_lines", (long) duplicated.size());
    out.put("longest_function", (long) longest);
    out.put("longest_function_name", longestName);
    out.put("max_complexity", (long) worst);
    out.put("max_complexity_name", worstName);
    out.put(
        "mean_complexity",
        methods.isEmpty() ? 0.0 : Math.round(100.0 * sum / methods.size()) / 100.0);
    out.put("functions", (long) methods.size());
    return out;
  }

  /** Add {@code node}'s decisions, if any, to the method that holds it. */
  private static void decisions(Node node, Map<CallableDeclaration<?>, int[]> complexity) {
    int count =
        switch (node) {
          case IfStmt s -> 1;
          case ForStmt s -> 1;
          case ForEachStmt s -> 1;
          case WhileStmt s -> 1;
          case DoStmt s -> 1;
          case CatchClause c -> 1;
          case ConditionalExpr e -> 1;
          case SwitchEntry e -> e.getLabels().size();
          case BinaryExpr e
              when e.getOperator() == BinaryExpr.Operator.AND
                  || e.getOperator() == BinaryExpr.Operator.OR ->
              1;
          default -> 0;
        };
    if (count == 0) {
      return;
    }
    Node method = ancestor(node, CallableDeclaration.class);
    int[] total = method == null ? null : complexity.get(method);
    if (total != null) {
      total[0] += count;
    }
  }

  private static String qualified(CallableDeclaration<?> method) {
    Node owner = ancestor(method, TypeDeclaration.class);
    String type = owner instanceof TypeDeclaration<?> t ? t.getNameAsString() : "";
    return type.isEmpty() ? method.getNameAsString() : type + "." + method.getNameAsString();
  }

  /** The nearest ancestor of {@code node} of {@code type}, or null. */
  private static Node ancestor(Node node, Class<?> type) {
    Node at = node.getParentNode().orElse(null);
    while (at != null && !type.isInstance(at)) {
      at = at.getParentNode().orElse(null);
    }
    return at;
  }

  /** The lines that carry code: no blanks, comments, imports, or braces alone. */
  static List<String> normalizedLines(String text) {
    List<String> out = new ArrayList<>();
    boolean inComment = false;
    for (String raw : text.split("\n", -1)) {
      String s = raw.strip();
      if (inComment) {
        if (s.contains("*/")) {
          inComment = false;
        }
        continue;
      }
      if (s.startsWith("/*")) {
        inComment = !s.contains("*/");
        continue;
      }
      if (s.startsWith("//")
          || s.startsWith("import ")
          || s.startsWith("package ")
          || s.startsWith("@")
          || TRIVIAL.matcher(s).matches()) {
        continue;
      }
      out.add(s);
    }
    return out;
  }
}
