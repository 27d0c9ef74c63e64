package dev.onsite.judge.workspace;

/**
 * What a candidate's changes may hold, and how long the whole run may take.
 *
 * @param maxFiles the most files a submission may add or change
 * @param maxBytes the most bytes those files may hold in all
 * @param wallSeconds the wall-clock limit of the whole run (tests, metrics, benchmark)
 */
public record WorkspaceLimits(int maxFiles, long maxBytes, int wallSeconds) {

  public static final int DEFAULT_MAX_FILES = 50;
  public static final long DEFAULT_MAX_BYTES = 512 * 1024;
  public static final int DEFAULT_WALL_SECONDS = 60;

  public static final WorkspaceLimits DEFAULT =
      new WorkspaceLimits(DEFAULT_MAX_FILES, DEFAULT_MAX_BYTES, DEFAULT_WALL_SECONDS);

  public WorkspaceLimits {
    if (maxFiles < 1 || maxBytes < 1 || wallSeconds < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: max_files="
              + maxFiles
              + ", max_bytes="
              + maxBytes
              + ", wall_seconds="
              + wallSeconds);
    }
  }
}
