package dev.onsite.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who the judge runs as on the host. */
final class HostUser {

  private HostUser() {}

  /** Whether the judge runs as root (euid 0); false where there is no /proc to tell. */
  static boolean isRoot() {
    try {
      return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }
}
