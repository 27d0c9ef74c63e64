package dev.onsite.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compile server's compilations, one after another in one server as the judge sends them:
 * javac's reused context must carry nothing of one candidate's source into the next.
 */
class CompileServerTests {

  private static CompileServer server;

  @BeforeAll
  static void start() {
    server = new CompileServer();
  }

  @Test
  void compilesWithJavacsReusableContextsWhenTheJvmExportsThem() {
    // The surefire argLine exports them as the judge's compile-server command does; without it
    // this test, and so the isolation tests below, would not exercise the reused contexts.
    assertThat(server.pooled()).isTrue();
  }

  @Test
  void aCandidatesClassesAreGoneForTheNextCompilation() {
    CompileServer.Result first =
        server.compile(
            """
            public class Solution {
              int answer() { return Helper.secret(); }
            }
            class Helper {
              static int secret() { return 42; }
            }
            """);
    assertThat(first.ok()).as(first.messages()).isTrue();
    assertThat(first.classes()).containsOnlyKeys("Solution", "Helper");

    CompileServer.Result second =
        server.compile(
            """
            public class Solution {
              int answer() { return Helper.secret(); }
            }
            """);
    assertThat(second.ok()).isFalse();
    assertThat(second.messages()).contains("Solution.java:2: error: cannot find symbol");
  }

  @Test
  void theSameClassNamesCompileAgainToTheNewSourcesClasses() {
    CompileServer.Result first =
        server.compile("public class Ledger { public int total() { return 1; } }");
    CompileServer.Result second =
        server.compile("public class Ledger { public long balance(String who) { return 2; } }");
    assertThat(first.ok()).isTrue();
    assertThat(second.ok()).as(second.messages()).isTrue();
    String classFile = new String(second.classes().get("Ledger"), StandardCharsets.ISO_8859_1);
    assertThat(classFile).contains("balance").doesNotContain("total");
  }

  @Test
  void aClassThatWasMissingCanBeDeclaredByTheNextSource() {
    CompileServer.Result missing = server.compile("public class Uses { Widget w = new Widget(); }");
    assertThat(missing.ok()).isFalse();
    assertThat(missing.messages()).contains("cannot find symbol");

    CompileServer.Result declared =
        server.compile(
            """
            public class Uses { Widget w = new Widget(); }
            class Widget { int size() { return 3; } }
            """);
    assertThat(declared.ok()).as(declared.messages()).isTrue();
    assertThat(declared.classes()).containsOnlyKeys("Uses", "Widget");
  }

  @Test
  void sourcesThatRedefineThePlatformDoNotAffectTheNext() {
    CompileServer.Result hostile =
        server.compile(
            """
            package java.lang;
            public class String { }
            """);
    assertThat(hostile.ok()).isFalse();

    CompileServer.Result next =
        server.compile(
            """
            public class Words {
              public String join(String a, String b) { return a.concat(b).strip(); }
            }
            """);
    assertThat(next.ok()).as(next.messages()).isTrue();
  }

  @Test
  void classFilesAndMessagesNameTheFileAfterThePublicClass() {
    CompileServer.Result ok = server.compile("public class Solution { int f() { return 1; } }");
    assertThat(ok.mainClass()).isEqualTo("Solution");
    // The SourceFile attribute, which stack traces show.
    assertThat(new String(ok.classes().get("Solution"), StandardCharsets.ISO_8859_1))
        .contains("Solution.java")
        .doesNotContain("Main.java");

    CompileServer.Result error =
        server.compile(
            """
            public class Solution {
              int f() { return "no"; }
            }
            """);
    assertThat(error.messages()).startsWith("Solution.java:2: error: incompatible types");
  }

  @Test
  void warningsAndNotesDoNotFailACompilation() {
    CompileServer.Result result =
        server.compile(
            """
            import java.util.*;
            public class Legacy {
              @SuppressWarnings("rawtypes")
              List raw = new ArrayList();
              Integer boxed = new Integer(5);
              void add(Object o) { raw.add(o); new Thread(() -> {}).stop(); }
            }
            """);
    assertThat(result.ok()).as(result.messages()).isTrue();
    assertThat(result.classes()).containsOnlyKeys("Legacy");
  }

  @Test
  void aSecondPublicClassAndNoPublicClassAreErrors() {
    CompileServer.Result two =
        server.compile(
            """
            public class First { }
            public class Second { }
            """);
    assertThat(two.ok()).isFalse();
    assertThat(two.messages()).contains("class Second is public, should be declared in a file");

    CompileServer.Result none = server.compile("class Hidden { }");
    assertThat(none.ok()).isFalse();
    assertThat(none.messages()).startsWith("no public top-level class");

    Map<String, byte[]> after = server.compile("public class Fine { }").classes();
    assertThat(after).containsOnlyKeys("Fine");
  }
}
