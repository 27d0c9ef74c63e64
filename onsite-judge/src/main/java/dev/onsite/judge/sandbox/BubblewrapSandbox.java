package dev.onsite.judge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Run programs in bubblewrap: the hardened sandbox (Linux).
 *
 * <p>Each process gets its own user, pid, network, ipc, uts, mount and cgroup namespaces, so it has
 * no network (only a loopback of its own), sees no host process and cannot signal one. Its root is
 * an empty read-only tmpfs with read-only binds of the system directories ({@code /usr} and the
 * {@code /bin}, {@code /lib*} links or directories), the dynamic linker's cache, {@code
 * /etc/alternatives} and the command's {@link SandboxCommand#readOnlyPaths()}; a fresh {@code
 * /proc}; a minimal read-only {@code /dev}; and a private writable {@code /tmp}, a tmpfs capped at
 * the file-size limit, which is its working directory, home and temporary directory. The box's
 * writable directory has no name on the host: the judge never reads or writes a path the program
 * could have planted, and the directory vanishes with the box. The environment is exactly the
 * command's; the JDK passes a started process no file descriptor but the three standard streams.
 * Nested user namespaces are disabled.
 *
 * <p>Limits are set by util-linux {@code prlimit} inside the box: no core dumps, file size, open
 * files, the address space when the command asks for one, and processes plus threads. Linux counts
 * RLIMIT_NPROC per user namespace, so the count covers this box only, but it does not enforce it
 * for root: when the judge runs as root, the box runs as uid {@value #UNPRIVILEGED_ID} (nobody)
 * through {@code setpriv}, so that the limit holds and a program that escaped would be nobody on
 * the host. Host paths that nobody cannot read where they are (the harness files under root's home)
 * are then copied once to a world-readable directory the judge owns, and bound at their usual
 * place. CPU time, wall time and the memory of the whole tree are the watchdog's business; {@link
 * SandboxProcess#kill()} kills bwrap, which takes the box's pid namespace, and so every process in
 * the box, with it.
 *
 * <p>{@code --die-with-parent} kills the box when the judge dies. Linux sends that signal when the
 * <em>thread</em> that started bwrap ends, so every box is started from one long-lived thread.
 */
public final class BubblewrapSandbox implements Sandbox {

  /** Where Debian and Ubuntu install bubblewrap. */
  public static final Path DEFAULT_BWRAP = Path.of("/usr/bin/bwrap");

  /** The uid and gid a box runs as on the host when the judge runs as root: nobody. */
  public static final int UNPRIVILEGED_ID = 65534;

  /** The box's private writable directory: its working directory, HOME and TMPDIR. */
  public static final String WORK_DIR = "/tmp";

  static final Path PRLIMIT = Path.of("/usr/bin/prlimit");
  static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  /** The system directories bound read-only (or recreated as the same symbolic links). */
  private static final List<String> SYSTEM_DIRS =
      List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");

  /** What the dynamic linker and Debian's alternatives need from /etc (NumPy's BLAS is one). */
  private static final List<String> SYSTEM_FILES =
      List.of("/etc/alternatives", "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d");

  private static final Duration PROBE_LIMIT = Duration.ofSeconds(10);

  /** Starts every box, and lives as long as the judge: see the class comment. */
  private static final ExecutorService LAUNCHER =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("onsite-sandbox-launcher").daemon(true).factory());

  private final Path bwrap;
  private final boolean asRoot;
  private final boolean disableUserNamespaces;
  private final StagedPaths staged;

  private BubblewrapSandbox(Path bwrap, boolean asRoot, boolean disableUserNamespaces) {
    this.bwrap = bwrap;
    this.asRoot = asRoot;
    this.disableUserNamespaces = disableUserNamespaces;
    this.staged = new StagedPaths();
  }

  /**
   * A sandbox using the bwrap at {@code bwrap}, without checking that it works here: see {@link
   * #probe(Path)}.
   */
  public static BubblewrapSandbox at(Path bwrap) {
    return new BubblewrapSandbox(bwrap, HostUser.isRoot(), supports(bwrap, "--disable-userns"));
  }

  @Override
  public String name() {
    return "bubblewrap";
  }

  @Override
  public boolean hardened() {
    return true;
  }

  /** Whether boxes run as uid {@value #UNPRIVILEGED_ID} because the judge runs as root. */
  public boolean dropsRoot() {
    return asRoot;
  }

  /**
   * Find out whether bubblewrap can run a box here, by running {@code true} in one.
   *
   * @return empty when it can; otherwise what is wrong and how to fix it, in one line
   */
  public static Optional<String> probe(Path bwrap) {
    return at(bwrap).probe();
  }

  /** Like {@link #probe(Path)}, for this sandbox. */
  public Optional<String> probe() {
    if (!Files.isExecutable(bwrap)) {
      return Optional.of(
          bwrap + " is not installed (Debian and Ubuntu: apt-get install bubblewrap)");
    }
    if (!Files.isExecutable(PRLIMIT)) {
      return Optional.of(PRLIMIT + " is missing: install util-linux");
    }
    if (HostUser.isRoot() && !Files.isExecutable(SETPRIV)) {
      return Optional.of(
          "the judge runs as root and "
              + SETPRIV
              + " is missing to drop to an unprivileged uid: install util-linux (setpriv)");
    }
    SandboxCommand trueCommand =
        new SandboxCommand(
            List.of("/bin/true"),
            Map.of("PATH", "/usr/bin:/bin"),
            List.of(),
            new ResourceLimits(0, 1 << 20, 64, 16));
    try (SandboxProcess process = start(trueCommand)) {
      process.stdin().close();
      long deadline = System.nanoTime() + PROBE_LIMIT.toNanos();
      while (process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      if (process.isAlive()) {
        return Optional.of("bwrap did not finish running 'true' within " + PROBE_LIMIT);
      }
      int status = process.waitFor();
      if (status == 0) {
        return Optional.empty();
      }
      // bwrap has exited: its few lines of complaint are in the pipe.
      String message = firstLine(process.stderr().readAllBytes());
      return Optional.of("bwrap cannot create a sandbox here: " + message + hint(message));
    } catch (IOException e) {
      return Optional.of("bwrap cannot be started: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while probing bwrap");
    }
  }

  private static String firstLine(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "(no message)" : text.lines().findFirst().orElse(text);
  }

  private static String hint(String message) {
    if (message.contains("uid map")
        || message.contains("Operation not permitted")
        || message.contains("Permission denied")
        || message.contains("No permissions to create")) {
      return " (unprivileged user namespaces are disabled: sysctl kernel.unprivileged_userns_clone=1,"
          + " or on Ubuntu 24.04 kernel.apparmor_restrict_unprivileged_userns=0; in a container,"
          + " allow the unshare system call)";
    }
    return "";
  }

  /** Whether {@code bwrap --help} lists {@code option}. */
  private static boolean supports(Path bwrap, String option) {
    try {
      Process help =
          new ProcessBuilder(bwrap.toString(), "--help").redirectErrorStream(true).start();
      help.getOutputStream().close();
      String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      help.waitFor(5, TimeUnit.SECONDS);
      return text.contains(option);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public SandboxProcess start(SandboxCommand command) throws IOException {
    List<String> argv = argv(command);
    ProcessBuilder builder = new ProcessBuilder(argv).directory(Path.of("/").toFile());
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    Future<Process> started = LAUNCHER.submit(builder::start);
    Process process;
    try {
      process = started.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot start bwrap: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      started.cancel(false);
      throw new IOException("interrupted while starting bwrap", e);
    }
    return new Box(process);
  }

  /** The command line that runs {@code command} in a box. */
  List<String> argv(SandboxCommand command) throws IOException {
    ResourceLimits limits = command.limits();
    List<String> argv = new ArrayList<>();
    if (asRoot) {
      argv.addAll(
          List.of(
              SETPRIV.toString(),
              "--reuid=" + UNPRIVILEGED_ID,
              "--regid=" + UNPRIVILEGED_ID,
              "--clear-groups",
              "--inh-caps=-all",
              "--bounding-set=-all",
              "--no-new-privs",
              "--"));
    }
    argv.add(bwrap.toString());
    argv.addAll(List.of("--unshare-all", "--unshare-user"));
    if (disableUserNamespaces) {
      argv.add("--disable-userns");
    }
    // The program is the namespace's init (no bwrap reaper above it): when it exits, the kernel
    // kills whatever it left behind in the box, and bwrap exits at once.
    argv.addAll(
        List.of(
            "--as-pid-1",
            "--die-with-parent",
            "--new-session",
            "--hostname",
            "onsite",
            "--clearenv"));
    Map<String, String> env = new TreeMap<>(command.env());
    env.putIfAbsent("HOME", WORK_DIR);
    env.putIfAbsent("TMPDIR", WORK_DIR);
    env.forEach(
        (name, value) -> {
          argv.add("--setenv");
          argv.add(name);
          argv.add(value);
        });

    argv.addAll(List.of("--tmpfs", "/"));
    // The private working directory first, so that a read-only path below /tmp stays visible.
    argv.addAll(List.of("--size", Long.toString(limits.maxFileBytes()), "--tmpfs", WORK_DIR));
    // What the box already shows: bound directories, and the system links that lead into them.
    List<String> mounted = new ArrayList<>();
    for (String dir : SYSTEM_DIRS) {
      Path path = Path.of(dir);
      if (Files.isSymbolicLink(path)) {
        argv.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), dir));
        mounted.add(dir);
      } else if (Files.isDirectory(path)) {
        argv.addAll(List.of("--ro-bind", dir, dir));
        mounted.add(dir);
      }
    }
    for (String file : SYSTEM_FILES) {
      if (Files.exists(Path.of(file), LinkOption.NOFOLLOW_LINKS)) {
        argv.addAll(List.of("--ro-bind", file, file));
        mounted.add(file);
      }
    }
    TreeMap<String, Path> binds = new TreeMap<>();
    List<String> links = new ArrayList<>();
    for (Path given : command.readOnlyPaths()) {
      Path path = given.toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        throw new IOException("cannot give the sandbox " + path + ": no such file or directory");
      }
      Path real = path.toRealPath();
      binds.put(real.toString(), real);
      if (!real.equals(path) && !isBelow(path.toString(), mounted)) {
        links.add(real.toString());
        links.add(path.toString());
      }
      installationOf(path).ifPresent(prefix -> binds.put(prefix.toString(), prefix));
      installationOf(real).ifPresent(prefix -> binds.put(prefix.toString(), prefix));
    }
    for (var bind : binds.entrySet()) {
      String destination = bind.getKey();
      if (isBelow(destination, mounted)) {
        continue;
      }
      Path source = asRoot ? staged.readableByOthers(bind.getValue()) : bind.getValue();
      argv.addAll(List.of("--ro-bind", source.toString(), destination));
      mounted.add(destination);
    }
    for (int i = 0; i < links.size(); i += 2) {
      argv.addAll(List.of("--symlink", links.get(i), links.get(i + 1)));
    }
    argv.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--remount-ro", "/dev"));
    argv.addAll(List.of("--remount-ro", "/", "--chdir", WORK_DIR, "--"));

    argv.add(PRLIMIT.toString());
    argv.add("--core=0");
    argv.add("--fsize=" + limits.maxFileBytes());
    argv.add("--nofile=" + limits.maxOpenFiles());
    argv.add("--nproc=" + limits.maxProcesses());
    if (limits.addressSpaceBytes() > 0) {
      argv.add("--as=" + limits.addressSpaceBytes());
    }
    argv.add("--");
    argv.addAll(command.argv());
    return argv;
  }

  /** Whether {@code path} is one of {@code roots} or lies below one. */
  private static boolean isBelow(String path, List<String> roots) {
    for (String root : roots) {
      if (path.equals(root) || path.startsWith(root.endsWith("/") ? root : root + "/")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The installation a runtime's executable belongs to, when it is not in the system directories: a
   * Python virtual environment ({@code VENV/bin/python} with {@code VENV/pyvenv.cfg}) or a prefix
   * with a {@code lib} directory ({@code /opt/python/bin/python3}). Never the home directory.
   */
  private static Optional<Path> installationOf(Path executable) {
    Path bin = executable.getParent();
    if (!Files.isRegularFile(executable)
        || bin == null
        || bin.getFileName() == null
        || !bin.getFileName().toString().equals("bin")) {
      return Optional.empty();
    }
    Path prefix = bin.getParent();
    if (prefix == null
        || prefix.getParent() == null
        || prefix.equals(Path.of(System.getProperty("user.home")).toAbsolutePath())) {
      return Optional.empty();
    }
    if (Files.isRegularFile(prefix.resolve("pyvenv.cfg"))
        || Files.isDirectory(prefix.resolve("lib"), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(prefix);
    }
    return Optional.empty();
  }

  /** A running box: bwrap on the host, and below it the box's init and the program. */
  static final class Box implements SandboxProcess {
    private final Process process;
    private final TreeMeter meter;
    private volatile ProcessHandle init;

    Box(Process process) {
      this.process = process;
      this.meter = new TreeMeter(process.toHandle());
    }

    @Override
    public OutputStream stdin() {
      return process.getOutputStream();
    }

    @Override
    public InputStream stdout() {
      return process.getInputStream();
    }

    @Override
    public InputStream stderr() {
      return process.getErrorStream();
    }

    @Override
    public long cpuNanos() {
      return meter.cpuNanos();
    }

    @Override
    public long rssKb() {
      return meter.rssKb();
    }

    @Override
    public TreeMeter.Usage usage() {
      return meter.usage();
    }

    /** The largest resident memory of the whole tree seen so far, in KiB. */
    long peakRssKb() {
      return meter.peakRssKb();
    }

    @Override
    public Optional<ProcessHandle> init() {
      ProcessHandle found = init;
      if (found == null) {
        found = ProcTree.firstChild(process.pid()).orElse(null);
        init = found;
      }
      return Optional.ofNullable(found);
    }

    /** The host pids of the box's processes, bwrap first. */
    List<Long> pids() {
      List<Long> pids = new ArrayList<>();
      pids.add(process.pid());
      process.toHandle().descendants().forEach(p -> pids.add(p.pid()));
      return pids;
    }

    @Override
    public boolean isAlive() {
      return process.isAlive();
    }

    /**
     * Kill the box's init: the kernel then kills every process in the box's pid namespace at once,
     * and bwrap reaps it and exits. Killing bwrap first would orphan the init to the host's init;
     * bwrap itself is killed only if it lingers.
     */
    @Override
    public void kill() {
      ProcessHandle bwrap = process.toHandle();
      // From the kernel's list of bwrap's children, not a scan of every process on the machine.
      List<ProcessHandle> inits = ProcTree.handles(ProcTree.children(process.pid()));
      inits.forEach(ProcessHandle::destroyForcibly);
      if (!inits.isEmpty()) {
        try {
          if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
            return;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      ProcessSandbox.Trees.kill(bwrap);
    }

    @Override
    public int waitFor() throws InterruptedException {
      return process.waitFor();
    }

    @Override
    public void close() {
      kill();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
