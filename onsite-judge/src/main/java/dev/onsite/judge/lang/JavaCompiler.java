package dev.onsite.judge.lang;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compile a candidate's Java source in this process with {@code javax.tools}, into memory.
 *
 * <p>Annotation processing is off ({@code -proc:none}), so none of the candidate's code runs at
 * compile time. A compilation that runs past its deadline is abandoned at the next compiler event.
 * The compiler and its standard file manager are created once and shared (both are thread-safe for
 * separate tasks); results are cached by source text, so a resubmitted source compiles once.
 */
public final class JavaCompiler {

  private static final int CACHE_SIZE = 256;

  private final javax.tools.JavaCompiler javac;
  private final StandardJavaFileManager standardFiles;
  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

  public JavaCompiler() {
    this.javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException(
          "no Java compiler in this runtime: run Onsite on a JDK, not a JRE");
    }
    this.standardFiles = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
  }

  /** The outcome of a compilation: the classes by binary name, or the compiler's messages. */
  public record Compiled(
      boolean ok, String mainClass, Map<String, byte[]> classes, String messages, long timeMs) {}

  /**
   * Compile {@code source}; the public top-level class (whatever the file was called) becomes the
   * main class. Never throws for a bad source: a failure is a {@code Compiled} that is not ok.
   */
  public Compiled compile(String source, Duration timeLimit) {
    Compiled cached = cache.get(source);
    if (cached != null) {
      return new Compiled(cached.ok, cached.mainClass, cached.classes, cached.messages, 0);
    }
    long start = System.nanoTime();
    Compiled result = doCompile(source, timeLimit, start);
    if (cache.size() >= CACHE_SIZE) {
      cache.clear();
    }
    cache.put(source, result);
    return result;
  }

  // The shared StandardJavaFileManager is not documented as thread-safe: one compilation at a time.
  private synchronized Compiled doCompile(String source, Duration timeLimit, long start) {
    Optional<String> publicClass = publicClass(source);
    String fileName = publicClass.orElse("Main");
    SourceFile file = new SourceFile(fileName, source);
    MemoryFiles files = new MemoryFiles(standardFiles);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of("-proc:none", "-g", "-Xlint:none", "-encoding", "UTF-8", "-implicit:none");
    JavacTask task =
        (JavacTask)
            javac.getTask(new StringWriter(), files, diagnostics, options, null, List.of(file));
    long deadline = start + timeLimit.toNanos();
    AtomicBoolean timedOut = new AtomicBoolean();
    task.addTaskListener(
        new TaskListener() {
          @Override
          public void started(TaskEvent e) {
            if (System.nanoTime() > deadline) {
              timedOut.set(true);
              throw new CompileTimeout();
            }
          }
        });
    boolean ok;
    try {
      ok = task.call();
    } catch (CompileTimeout | IllegalStateException e) {
      ok = false;
    } catch (RuntimeException e) {
      if (e.getCause() instanceof CompileTimeout || timedOut.get()) {
        ok = false;
      } else {
        return failed(start, "the compiler failed: " + e);
      }
    } catch (StackOverflowError e) {
      return failed(start, "the compiler ran out of stack: the source nests too deeply");
    }
    if (timedOut.get()) {
      return failed(start, "compilation took longer than " + timeLimit.toMillis() + " ms");
    }
    String messages = format(diagnostics.getDiagnostics(), fileName);
    if (!ok) {
      return failed(start, messages.isEmpty() ? "compilation failed" : messages);
    }
    if (publicClass.isEmpty()) {
      return failed(
          start, "no public top-level class: declare one, such as 'public class Solution { ... }'");
    }
    return new Compiled(
        true, publicClass.get(), Map.copyOf(files.classes()), messages, elapsedMs(start));
  }

  private static Compiled failed(long start, String message) {
    return new Compiled(false, null, Map.of(), message, elapsedMs(start));
  }

  private static long elapsedMs(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Find the name of the public top-level class by parsing (not compiling) the source. */
  Optional<String> publicClass(String source) {
    try {
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  new StringWriter(),
                  standardFiles,
                  d -> {},
                  List.of("-proc:none"),
                  null,
                  List.of(new SourceFile("Parse", source)));
      for (CompilationUnitTree unit : task.parse()) {
        for (Tree decl : unit.getTypeDecls()) {
          if (decl instanceof ClassTree type
              && type.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
            return Optional.of(type.getSimpleName().toString());
          }
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // A source that does not parse: the compilation reports why.
    }
    return Optional.empty();
  }

  private static String format(
      List<Diagnostic<? extends JavaFileObject>> diagnostics, String fileName) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(fileName).append(".java");
      if (d.getLineNumber() > 0) {
        sb.append(':').append(d.getLineNumber());
      }
      sb.append(": error: ").append(d.getMessage(Locale.ROOT));
      if (sb.length() > 8000) {
        sb.append("\n...");
        break;
      }
    }
    return sb.toString();
  }

  private static final class CompileTimeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CompileTimeout() {
      super("compile time limit", null, false, false);
    }
  }

  private static final class SourceFile extends SimpleJavaFileObject {
    private final String source;

    SourceFile(String className, String source) {
      super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
      this.source = source;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source;
    }
  }

  private static final class ClassFile extends SimpleJavaFileObject {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ClassFile(String className) {
      super(URI.create("mem:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
    }

    @Override
    public OutputStream openOutputStream() {
      return bytes;
    }
  }

  private static final class MemoryFiles extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, ClassFile> outputs = new ConcurrentHashMap<>();

    MemoryFiles(JavaFileManager delegate) {
      super(delegate);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      ClassFile file = new ClassFile(className);
      outputs.put(className, file);
      return file;
    }

    @Override
    public void close() {
      // The shared standard file manager stays open for the next compilation.
    }

    Map<String, byte[]> classes() {
      Map<String, byte[]> out = new java.util.HashMap<>();
      outputs.forEach((name, file) -> out.put(name, file.bytes.toByteArray()));
      return out;
    }
  }
}
