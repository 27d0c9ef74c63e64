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
import javax.tools.StandardJavaFileManager;
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

  private final JavaCompiler javac;
  private final StandardJavaFileManager standardFiles;

  private CompileServer() {
    this.javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this runtime: a JDK is needed");
    }
    this.standardFiles = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
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
    String publicClass = publicClass(source);
    String fileName = publicClass == null ? "Main" : publicClass;
    MemoryFiles files = new MemoryFiles(standardFiles);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    JavacTask task =
        (JavacTask)
            javac.getTask(
                log, files, diagnostics, OPTIONS, null, List.of(new SourceFile(fileName, source)));
    boolean ok;
    try {
      ok = task.call();
    } catch (StackOverflowError e) {
      return failed("the compiler ran out of stack: the source nests too deeply");
    } catch (RuntimeException e) {
      return failed("the compiler failed: " + e);
    }
    String messages = format(diagnostics.getDiagnostics(), fileName);
    if (!ok && messages.isEmpty()) {
      // No diagnostic: javac itself failed, and said why in its log.
      String said = log.toString().strip();
      return failed(said.isEmpty() ? "compilation failed" : said.lines().findFirst().orElseThrow());
    }
    if (!ok) {
      return failed(messages);
    }
    if (publicClass == null) {
      return failed(
          "no public top-level class: declare one, such as 'public class Solution { ... }'");
    }
    return new Result(true, messages, publicClass, files.classes());
  }

  private static Result failed(String message) {
    return new Result(false, message, null, Map.of());
  }

  /** The name of the public top-level class, found by parsing (not compiling); null if none. */
  private String publicClass(String source) {
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
            return type.getSimpleName().toString();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // A source that does not parse: the compilation says why.
    }
    return null;
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

    Map<String, byte[]> classes() {
      Map<String, byte[]> out = new LinkedHashMap<>();
      outputs.forEach((name, file) -> out.put(name, file.bytes.toByteArray()));
      return out;
    }
  }
}
