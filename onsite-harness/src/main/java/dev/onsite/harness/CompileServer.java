package dev.onsite.harness;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compile candidates' Java sources, one after another, inside the sandbox.
 *
 * <p>The judge keeps this process running and sends it sources; it answers with the class files or
 * the compiler's messages. Compiling here rather than in the judge's own JVM puts a hard limit on
 * what a hostile source can cost: the judge kills this process at the compile deadline (javac
 * checks no deadline of its own inside a phase), and its heap is capped with {@code -Xmx}, so a
 * source that makes javac work for minutes or allocate gigabytes harms nothing but this process.
 * Annotation processing is off ({@code -proc:none}): no candidate code runs at compile time.
 *
 * <p>The protocol is binary, on standard input and output. After start the server writes the byte
 * {@code 'R'}. A request is a source: an int length and its UTF-8 bytes. A reply is a status byte
 * ({@code 0} compiled, {@code 1} compile error), the messages, the main class (empty when none),
 * the number of classes, then each class's binary name and bytes. Strings are an int length and
 * UTF-8 bytes. The end of input ends it. The judge starts it with {@code
 * -XX:+ExitOnOutOfMemoryError}: javac catches the errors of a full heap itself, and the server must
 * not go on after one.
 */
public final class CompileServer {

  static final int OK = 0;
  static final int FAILED = 1;

  private static final int MAX_MESSAGES = 8000;
  private static final List<String> OPTIONS =
      List.of("-proc:none", "-g", "-Xlint:none", "-encoding", "UTF-8", "-implicit:none");

  private final JavacTasks tasks;

  /** Where class files go; one for the server's life, since javac's reused contexts keep it. */
  private final MemoryFiles files;

  CompileServer() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this runtime: a JDK is needed");
    }
    this.tasks = JavacTasks.of(javac, OPTIONS);
    this.files =
        new MemoryFiles(javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    CompileServer server = new CompileServer();
    out.writeByte('R');
    out.flush();
    while (true) {
      int length;
      try {
        length = in.readInt();
      } catch (EOFException e) {
        return;
      }
      String source = new String(readFully(in, length), StandardCharsets.UTF_8);
      server.compile(source).write(out);
      out.flush();
    }
  }

  record Result(boolean ok, String messages, String mainClass, Map<String, byte[]> classes) {
    void write(DataOutputStream out) throws IOException {
      out.writeByte(ok ? OK : FAILED);
      writeString(out, messages);
      writeString(out, mainClass == null ? "" : mainClass);
      out.writeInt(classes.size());
      for (Map.Entry<String, byte[]> c : classes.entrySet()) {
        writeString(out, c.getKey());
        out.writeInt(c.getValue().length);
        out.write(c.getValue());
      }
    }
  }

  private static byte[] readFully(DataInputStream in, int length) throws IOException {
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Compile {@code source}; its public top-level class, whatever the file was called, is main. */
  Result compile(String source) {
    SourceFile file = new SourceFile(source);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    files.clear();
    String publicClass;
    try {
      publicClass = tasks.run(log, files, diagnostics, file, task -> compile(task, file));
    } catch (StackOverflowError e) {
      return failed("the compiler ran out of stack: the source nests too deeply");
    } catch (RuntimeException e) {
      return failed("the compiler failed: " + e);
    }
    String fileName = file.simpleName();
    String messages = format(diagnostics.getDiagnostics(), fileName);
    boolean ok =
        diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    if (!ok) {
      return failed(messages);
    }
    Map<String, byte[]> classes = files.classes();
    if (classes.isEmpty() && publicClass != null) {
      // No error reported, yet nothing generated: javac failed itself, and may say why in its log.
      String said = log.toString().strip();
      return failed(said.isEmpty() ? "compilation failed" : said.lines().findFirst().orElseThrow());
    }
    if (publicClass == null) {
      return failed(
          "no public top-level class: declare one, such as 'public class Solution { ... }'");
    }
    return new Result(true, messages, publicClass, classes);
  }

  /**
   * Parse, name the file after its public top-level class (javac insists they match, and the
   * candidate's file had no name), then analyze and generate, all in one task.
   *
   * @return the public top-level class, or null when there is none
   */
  private static String compile(JavacTask task, SourceFile file) {
    try {
      String publicClass = null;
      for (CompilationUnitTree unit : task.parse()) {
        for (Tree decl : unit.getTypeDecls()) {
          if (publicClass == null
              && decl instanceof ClassTree type
              && type.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
            publicClass = type.getSimpleName().toString();
          }
        }
      }
      file.name(publicClass);
      task.generate();
      return publicClass;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether compilations reuse javac's contexts ({@link JavacTasks}). */
  boolean pooled() {
    return tasks.pooled();
  }

  private static Result failed(String message) {
    return new Result(false, message, null, Map.of());
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
      if (sb.length() > MAX_MESSAGES) {
        sb.append("\n...");
        break;
      }
    }
    return sb.toString();
  }

  /**
   * The candidate's source. It is named after its public class once parsing has found it: that name
   * goes into the class files (their SourceFile attribute, so stack traces say "Solution.java:12")
   * and is the only one javac accepts for the public class.
   */
  private static final class SourceFile extends SimpleJavaFileObject {
    private static final String UNNAMED = "Main";

    private final String source;
    private String name = UNNAMED;

    SourceFile(String source) {
      super(URI.create("string:///" + UNNAMED + ".java"), Kind.SOURCE);
      this.source = source;
    }

    void name(String publicClass) {
      if (publicClass != null) {
        name = publicClass;
      }
    }

    String simpleName() {
      return name;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source;
    }

    @Override
    public URI toUri() {
      return URI.create("string:///" + name + ".java");
    }

    @Override
    public String getName() {
      return "/" + name + ".java";
    }

    @Override
    public boolean isNameCompatible(String simpleName, Kind kind) {
      return kind == Kind.SOURCE && name.equals(simpleName);
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

  /** Class files go to memory; the standard file manager finds the platform classes. */
  private static final class MemoryFiles extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, ClassFile> outputs = new LinkedHashMap<>();

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
      // The standard file manager stays open for the next compilation.
    }

    void clear() {
      outputs.clear();
    }

    Map<String, byte[]> classes() {
      Map<String, byte[]> out = new LinkedHashMap<>();
      outputs.forEach((name, file) -> out.put(name, file.bytes.toByteArray()));
      return out;
    }
  }
}
