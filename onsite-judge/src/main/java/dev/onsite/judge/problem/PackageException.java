package dev.onsite.judge.problem;

import java.nio.file.Path;

/**
 * Report a problem package that cannot be used, naming the file (and line, where known) at fault.
 */
public final class PackageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PackageException(Path file, int line, String problem) {
    super(location(file, line) + ": " + problem);
  }

  public PackageException(Path file, String problem) {
    this(file, 0, problem);
  }

  private static String location(Path file, int line) {
    String name = file.toString();
    return line > 0 ? name + ":" + line : name;
  }
}
