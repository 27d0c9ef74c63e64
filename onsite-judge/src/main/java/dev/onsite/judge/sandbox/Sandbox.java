package dev.onsite.judge.sandbox;

import java.io.IOException;

/**
 * Start candidate programs in isolation.
 *
 * <p>Implementations differ in how much they contain: {@link ProcessSandbox} only limits resources
 * and watches the clock; a hardened implementation adds namespaces, an empty root and no network.
 * Every implementation gives each process a fresh working directory that no other run shares and
 * kills the whole process tree on {@link SandboxProcess#kill()}.
 */
public interface Sandbox {

  /** A short name for reports: {@code process}, {@code bubblewrap}. */
  String name();

  /**
   * Whether this sandbox keeps a hostile program away from the host (files, network, processes).
   */
  boolean hardened();

  /**
   * Start {@code command}.
   *
   * @throws IOException when the process cannot be started at all
   */
  SandboxProcess start(SandboxCommand command) throws IOException;
}
