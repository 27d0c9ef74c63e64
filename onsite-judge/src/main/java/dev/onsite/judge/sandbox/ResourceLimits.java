package dev.onsite.judge.sandbox;

/**
 * Limits for a sandboxed process tree.
 *
 * @param addressSpaceBytes the virtual memory of each process (0: none, as for the JVM, which
 *     reserves far more than it uses; its heap is limited by -Xmx and its tree's RSS by the
 *     watchdog)
 * @param maxFileBytes the largest file the program may write
 * @param maxOpenFiles open file descriptors per process
 * @param maxProcesses processes and threads (enforced where the sandbox has its own user)
 */
public record ResourceLimits(
    long addressSpaceBytes, long maxFileBytes, int maxOpenFiles, int maxProcesses) {

  public ResourceLimits {
    if (addressSpaceBytes < 0 || maxFileBytes <= 0 || maxOpenFiles <= 0 || maxProcesses <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive: addressSpace="
              + addressSpaceBytes
              + ", maxFileBytes="
              + maxFileBytes
              + ", maxOpenFiles="
              + maxOpenFiles
              + ", maxProcesses="
              + maxProcesses);
    }
  }
}
