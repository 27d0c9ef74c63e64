package dev.onsite.harness;

import com.sun.source.util.JavacTask;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac tasks for the compile server, from javac's own pool of reusable contexts when this JVM lets
 * us reach it.
 *
 * <p>A fresh javac task builds its whole context again: the symbol table, and every JDK class the
 * source touches read and completed anew. {@code com.sun.tools.javac.api.JavacTaskPool}, which
 * JShell compiles its snippets with, hands out a context that earlier compilations have already
 * filled with the JDK's classes, after removing from it every class those compilations declared (a
 * context whose sources redefined a {@code java.*} class is thrown away instead). On the bench
 * source that halves javac's CPU per compilation and more (docs/performance.md). The pool is
 * internal to jdk.compiler: the compile server's JVM exports its package to us ({@code
 * --add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED}); without that, or on a JDK
 * without the class, every compilation gets a fresh task as before.
 *
 * <p>What a reused context keeps is the JDK's classes, never a candidate's: CompileServerTests
 * compiles one candidate's classes and shows the next cannot see them.
 */
final class JavacTasks {

  /** A new pool after this many compilations: whatever a context gathers stays bounded. */
  static final int COMPILATIONS_PER_POOL = 500;

  private final JavaCompiler javac;
  private final List<String> options;
  private final Method getTask;
  private final Class<?> workerType;
  private final Constructor<?> newPool;
  private Object pool;
  private int uses;

  private JavacTasks(
      JavaCompiler javac,
      List<String> options,
      Constructor<?> newPool,
      Method getTask,
      Class<?> workerType) {
    this.javac = javac;
    this.options = options;
    this.newPool = newPool;
    this.getTask = getTask;
    this.workerType = workerType;
  }

  static JavacTasks of(JavaCompiler javac, List<String> options) {
    try {
      Class<?> poolType = Class.forName("com.sun.tools.javac.api.JavacTaskPool");
      Class<?> workerType = Class.forName("com.sun.tools.javac.api.JavacTaskPool$Worker");
      Method getTask =
          poolType.getMethod(
              "getTask",
              Writer.class,
              JavaFileManager.class,
              DiagnosticListener.class,
              Iterable.class,
              Iterable.class,
              Iterable.class,
              workerType);
      Constructor<?> newPool = poolType.getConstructor(int.class);
      JavacTasks tasks = new JavacTasks(javac, options, newPool, getTask, workerType);
      tasks.pool = newPool.newInstance(1);
      return tasks;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not exported to us, or not there: fresh tasks.
      return new JavacTasks(javac, options, null, null, null);
    }
  }

  /** Whether compilations reuse javac's contexts. */
  boolean pooled() {
    return getTask != null;
  }

  /** Run {@code work} with a task that compiles {@code source}, and return what it returns. */
  <T> T run(
      Writer log,
      JavaFileManager files,
      DiagnosticListener<JavaFileObject> diagnostics,
      JavaFileObject source,
      Function<JavacTask, T> work) {
    if (!pooled()) {
      return work.apply(
          (JavacTask) javac.getTask(log, files, diagnostics, options, null, List.of(source)));
    }
    if (++uses > COMPILATIONS_PER_POOL) {
      renew();
    }
    Object worker =
        Proxy.newProxyInstance(
            workerType.getClassLoader(),
            new Class<?>[] {workerType},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "withTask" -> work.apply((JavacTask) args[0]);
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> "JavacTasks.Worker";
                });
    try {
      @SuppressWarnings("unchecked")
      T result =
          (T) getTask.invoke(pool, log, files, diagnostics, options, null, List.of(source), worker);
      return result;
    } catch (InvocationTargetException e) {
      // The context that threw is not returned to the pool: the next compilation gets a new one.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private void renew() {
    uses = 1;
    try {
      pool = newPool.newInstance(1);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
