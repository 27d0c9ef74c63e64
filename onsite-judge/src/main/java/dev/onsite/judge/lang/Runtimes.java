package dev.onsite.judge.lang;

import dev.onsite.judge.sandbox.ResourceLimits;
import dev.onsite.judge.sandbox.Sandbox;
import dev.onsite.judge.sandbox.SandboxCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Find the language runtimes on this machine and build the command that starts each harness.
 *
 * <p>The harness files (the Java harness jar and the Python harness script) ship inside the judge's
 * jar and are copied once to a cache directory named after their content.
 */
public final class Runtimes {

  private final Path javaExecutable;
  private final Optional<Path> python;
  private final Path harnessDir;
  private volatile Path aotCache;

  private static final String HARNESS_MAIN = "dev.onsite.harness.Harness";
  private static final int TRAINING_MEMORY_MB = 256;

  private Runtimes(Path javaExecutable, Optional<Path> python, Path harnessDir) {
    this.javaExecutable = javaExecutable;
    this.python = python;
    this.harnessDir = harnessDir;
  }

  /**
   * Find the runtimes: the JDK running the judge, and Python from ONSITE_PYTHON, /usr/bin/python3
   * or PATH.
   */
  public static Runtimes detect() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new Runtimes(java, findPython(), extractHarness());
  }

  public Path javaExecutable() {
    return javaExecutable;
  }

  public Optional<Path> python() {
    return python;
  }

  private final Map<String, Optional<String>> moduleVersions =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The version of a Python module as the judge's Python imports it ({@code torch}, {@code
   * sklearn}), or empty when it cannot be imported (or there is no Python). Asked once per module.
   */
  public Optional<String> pythonModuleVersion(String module) {
    if (!module.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a module name: " + module);
    }
    return moduleVersions.computeIfAbsent(module, this::probeModule);
  }

  private Optional<String> probeModule(String module) {
    if (python.isEmpty()) {
      return Optional.empty();
    }
    try {
      Process p =
          new ProcessBuilder(
                  python.get().toString(),
                  "-I",
                  "-c",
                  "import " + module + " as m; print(getattr(m, '__version__', '?'))")
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static Optional<Path> findPython() {
    String configured = System.getenv("ONSITE_PYTHON");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    Path system = Path.of("/usr/bin/python3");
    if (Files.isExecutable(system)) {
      return Optional.of(system);
    }
    return onPath("python3");
  }

  /** The first executable named {@code command} in the directories of {@code PATH}. */
  public static Optional<Path> onPath(String command) {
    String pathVar = System.getenv().getOrDefault("PATH", "");
    for (String dir : pathVar.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The command that starts {@code language}'s harness with a memory limit in MiB.
   *
   * @throws IllegalStateException when the language's runtime is not installed
   */
  public SandboxCommand harnessCommand(Language language, int memoryMb) {
    return harnessCommand(language, memoryMb, List.of(), true);
  }

  /**
   * The command that starts {@code language}'s harness with Python modules imported before the
   * submission ({@code onsite.preload}: {@code torch}, {@code sklearn}, {@code pandas}). Their own
   * address space is added to the cap, so that {@code memoryMb} is the submission's; each distinct
   * set is a command of its own, so it gets runtimes (zygotes) of its own. Java ignores it.
   */
  public SandboxCommand harnessCommand(Language language, int memoryMb, List<String> preload) {
    return harnessCommand(
        language,
        memoryMb,
        language == Language.PYTHON ? runtimePreload(preload) : List.of(),
        true);
  }

  /** The modules that pandas and scikit-learn packages share one runtime with. */
  private static final Set<String> DATA_STACK = Set.of("pandas", "sklearn");

  /**
   * The modules the runtime for {@code preload} imports: a package that preloads pandas, or
   * scikit-learn, or both, runs in a runtime that has imported both, so that they share one zygote
   * (about 115 MB) instead of three (some 260 MB in all); torch keeps one of its own.
   */
  public static List<String> runtimePreload(List<String> preload) {
    if (!preload.isEmpty() && DATA_STACK.containsAll(preload)) {
      return List.copyOf(new java.util.TreeSet<>(DATA_STACK));
    }
    return preload;
  }

  /**
   * What importing each preloadable module adds to a Python runtime, in MiB: address space, RSS.
   */
  private static final Map<String, int[]> PRELOAD_COST =
      Map.of(
          "torch",
          new int[] {768, 256},
          "sklearn",
          new int[] {192, 96},
          "pandas",
          new int[] {96, 48});

  /**
   * The resident memory, in MiB, that the runtime's preloaded modules occupy before the submission
   * runs: the watchdog allows it on top of the memory limit, as it allows the runtime's own.
   */
  public static int preloadResidentMb(List<String> preload) {
    return runtimePreload(preload).stream()
        .mapToInt(m -> PRELOAD_COST.getOrDefault(m, new int[2])[1])
        .sum();
  }

  private static int preloadAddressMb(List<String> preload) {
    return preload.stream().mapToInt(m -> PRELOAD_COST.getOrDefault(m, new int[2])[0]).sum();
  }

  private SandboxCommand harnessCommand(
      Language language, int memoryMb, List<String> preload, boolean classData) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("LANG", "C.UTF-8");
    env.put("LC_ALL", "C.UTF-8");
    List<String> argv = new ArrayList<>();
    List<Path> readOnly = new ArrayList<>();
    readOnly.add(harnessDir);
    long addressSpace;
    switch (language) {
      case JAVA -> {
        Path javaHome = javaExecutable.getParent().getParent();
        readOnly.add(javaHome);
        argv.add(javaExecutable.toString());
        argv.add("-Xmx" + memoryMb + "m");
        argv.addAll(javaFlags());
        Path aot = aotCache;
        if (classData && aot != null) {
          // Verified by prepareAotCache; "auto" (the default) runs without it should it not fit.
          argv.add("-XX:AOTCache=" + aot);
          readOnly.add(aot);
        } else if (classData) {
          argv.add("-Xshare:auto");
        }
        argv.add("-cp");
        argv.add(harnessJar().toString());
        argv.add(HARNESS_MAIN);
        addressSpace = 0;
      }
      // An SQL query runs in the Python harness's SQLite driver: the same runtime, no preload.
      case PYTHON, SQL -> {
        Path exe =
            python.orElseThrow(
                () ->
                    new IllegalStateException(
                        "no Python 3 found: install python3 (and python3-numpy), or set ONSITE_PYTHON"));
        readOnly.add(exe);
        argv.add(exe.toString());
        argv.add("-I");
        argv.add("-B");
        argv.add("-X");
        argv.add("utf8");
        argv.add(pythonHarness().toString());
        if (!preload.isEmpty()) {
          argv.add("--preload");
          argv.add(String.join(",", new java.util.TreeSet<>(preload)));
        }
        env.put("OPENBLAS_NUM_THREADS", "1");
        env.put("OMP_NUM_THREADS", "1");
        env.put("MKL_NUM_THREADS", "1");
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        // The address-space cap turns runaway allocations into MemoryError (MLE) at once; the
        // watchdog enforces the limit on resident memory. Python with NumPy maps under 50 MiB.
        addressSpace = (memoryMb + 128L + preloadAddressMb(preload)) * 1024 * 1024;
      }
      default -> throw new IllegalArgumentException("unsupported language " + language);
    }
    return new SandboxCommand(
        argv, env, readOnly, new ResourceLimits(addressSpace, 64L * 1024 * 1024, 256, 256));
  }

  /**
   * For a harness command that can run as a zygote (Python), the command of that zygote: the same
   * runtime, environment and files, forking a fresh process per submission ({@code harness.py
   * --zygote}). It is the same for every memory limit: each child takes its address-space cap from
   * its fork request. Only for a sandbox that gives each box its own pid namespace: a zygote kills
   * every other process it can see when a submission ends.
   */
  public Optional<SandboxCommand> zygoteCommand(SandboxCommand harness) {
    List<String> argv = harness.argv();
    if (!argv.contains(pythonHarness().toString())) {
      return Optional.empty();
    }
    List<String> zygote = new ArrayList<>(argv);
    zygote.add("--zygote");
    ResourceLimits limits = harness.limits();
    return Optional.of(
        new SandboxCommand(
            zygote,
            harness.env(),
            harness.readOnlyPaths(),
            new ResourceLimits(
                0, limits.maxFileBytes(), limits.maxOpenFiles(), limits.maxProcesses())));
  }

  private Path pythonHarness() {
    return harnessDir.resolve("harness.py");
  }

  /**
   * The command that starts a compile server ({@link JavaCompiler}) with a heap of {@code heapMb}
   * MiB. It runs the full JIT, unlike the harness: it lives long and compiles many sources.
   */
  public SandboxCommand compilerCommand(int heapMb) {
    Path javaHome = javaExecutable.getParent().getParent();
    List<String> argv =
        List.of(
            javaExecutable.toString(),
            "-Xmx" + heapMb + "m",
            "-Xss16m",
            "-XX:+ExitOnOutOfMemoryError",
            // The JVM's own messages (such as the one before that exit) must not mix with replies.
            "-XX:+DisplayVMOutputToStderr",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-Xshare:auto",
            "-XX:MaxMetaspaceSize=128m",
            // javac's pool of reusable contexts, which the server compiles with (JavacTasks).
            "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "-Dfile.encoding=UTF-8",
            "-cp",
            harnessJar().toString(),
            "dev.onsite.harness.CompileServer");
    Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8");
    return new SandboxCommand(
        argv, env, List.of(harnessDir, javaHome), new ResourceLimits(0, 1 << 20, 256, 64));
  }

  /** The Java harness's JVM options, but for the heap size and class data sharing. */
  private static List<String> javaFlags() {
    return List.of(
        "-Xss64m",
        "-XX:+UseSerialGC",
        "-XX:-UsePerfData",
        "-XX:TieredStopAtLevel=1",
        "-XX:MaxMetaspaceSize=128m",
        "-XX:ReservedCodeCacheSize=64m",
        // The box sets no cgroup limits (the watchdog enforces them, and -Xmx sizes the heap):
        // looking for them costs each start some 10-20 ms of CPU.
        "-XX:-UseContainerSupport",
        // The JVM's own warnings go to stderr, never into the protocol on stdout.
        "-Xlog:disable",
        "-Xlog:all=warning:stderr",
        // Reflection through native accessors: each test defines its classes afresh, and spinning
        // method-handle accessors for every new class costs more than the calls themselves.
        "-Djdk.reflect.useNativeAccessorOnly=true",
        "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8");
  }

  private Path harnessJar() {
    return harnessDir.resolve("onsite-harness.jar");
  }

  /**
   * Give the Java harness the JVM's ahead-of-time cache (JDK 25 and later), making it first if need
   * be: a training run of the harness in {@code sandbox}, then a verifying one; some seconds of CPU
   * the first time, a fraction of a second after. Harness commands built afterwards use the cache.
   * Without a suitable JDK, or when anything fails, they stay as they were.
   *
   * @return whether the harness now uses the cache
   */
  public boolean prepareAotCache(Sandbox sandbox) {
    if (aotCache != null) {
      return true;
    }
    Path javaHome = javaExecutable.getParent().getParent();
    if (!AotCache.supported(javaHome)) {
      return false;
    }
    return prepareAotCache(
        sandbox, AotCache.location(cacheDir(), harnessJar(), javaHome, javaFlags()));
  }

  /** Like {@link #prepareAotCache(Sandbox)}, with the cache at {@code target}. */
  boolean prepareAotCache(Sandbox sandbox, Path cache) {
    Path target = cache.toAbsolutePath().normalize();
    SandboxCommand plain = harnessCommand(Language.JAVA, TRAINING_MEMORY_MB, List.of(), false);
    List<String> verifying = new ArrayList<>(plain.argv());
    verifying.add(verifying.indexOf("-cp"), "-XX:AOTMode=on");
    verifying.add(verifying.indexOf("-cp"), "-XX:AOTCache=" + target);
    List<Path> readOnly = new ArrayList<>(plain.readOnlyPaths());
    readOnly.add(target);
    SandboxCommand verify = new SandboxCommand(verifying, plain.env(), readOnly, plain.limits());
    if (!AotCache.prepare(sandbox, target, AotCache.trainingCommand(plain), verify)) {
      return false;
    }
    aotCache = target;
    return true;
  }

  /** The ahead-of-time cache the Java harness uses, if any. */
  public Optional<Path> aotCache() {
    return Optional.ofNullable(aotCache);
  }

  private static Path extractHarness() {
    return extract(
        "harness",
        Map.of(
            "onsite-harness.jar", "/dev/onsite/judge/harness/onsite-harness.jar",
            "harness.py", "/dev/onsite/judge/harness/harness.py"));
  }

  /**
   * The class path of a Java workspace's box: the harness jar (its {@code WorkspaceRunner}), the
   * JUnit Platform's standalone jar and JavaParser's, copied once from the judge's jar to the cache
   * directory.
   */
  public static List<Path> javaWorkspaceClassPath() {
    Map<String, String> jars = new LinkedHashMap<>();
    jars.put("onsite-harness.jar", "/dev/onsite/judge/harness/onsite-harness.jar");
    jars.put(
        "junit-platform-console-standalone.jar",
        "/dev/onsite/judge/workspace/junit-platform-console-standalone.jar");
    jars.put("javaparser-core.jar", "/dev/onsite/judge/workspace/javaparser-core.jar");
    Path dir = extract("workspace-java", jars);
    return jars.keySet().stream().map(dir::resolve).toList();
  }

  /**
   * Copy {@code resources} (file name to resource path) to a cache directory named {@code prefix}
   * and a hash of their content, unless they are there already.
   */
  private static Path extract(String prefix, Map<String, String> resources) {
    try {
      Map<String, byte[]> files = new java.util.TreeMap<>();
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (var e : new java.util.TreeMap<>(resources).entrySet()) {
        byte[] bytes = resource(e.getValue());
        digest.update(bytes);
        files.put(e.getKey(), bytes);
      }
      String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
      Path dir = cacheDir().resolve(prefix + "-" + hash);
      if (!files.keySet().stream().allMatch(name -> Files.isRegularFile(dir.resolve(name)))) {
        Files.createDirectories(dir);
        for (var e : files.entrySet()) {
          write(dir.resolve(e.getKey()), e.getValue());
        }
      }
      return dir;
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(
          "cannot prepare the harness files in " + cacheDir() + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), "tmp-", ".part");
    Files.write(temp, bytes);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = Runtimes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("the judge's jar lacks the file " + path + ": rebuild Onsite");
      }
      return in.readAllBytes();
    }
  }

  /**
   * The directory for Onsite's caches: $ONSITE_CACHE, $XDG_CACHE_HOME/onsite or ~/.cache/onsite.
   */
  public static Path cacheDir() {
    String explicit = System.getenv("ONSITE_CACHE");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "onsite");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "onsite");
  }
}
