package dev.onsite.server.submission;

/**
 * Whether this server runs the code people submit, given the sandbox it has.
 *
 * <p>Without the hardened sandbox (bubblewrap), a submission runs as a plain child process that can
 * read the server's files and reach its network. That is acceptable for the one local user of
 * single-user mode, who runs their own code on their own machine, and for an operator who says so
 * with {@code --allow-unsandboxed} ({@code onsite.judge.allow-unsandboxed=true}). With accounts and
 * neither, the server refuses submissions, and its queue judges nothing, so it never takes a
 * submission that another server sharing the database has queued.
 *
 * @param sandbox the sandbox's name, for messages
 * @param hardened whether the sandbox keeps a hostile program away from the host
 * @param singleUser whether the only user is the person who started the server
 * @param allowUnsandboxed whether the operator accepted running others' code unsandboxed
 */
public record SandboxPolicy(
    String sandbox, boolean hardened, boolean singleUser, boolean allowUnsandboxed) {

  /** Whether submissions are accepted and judged here. */
  public boolean judgesSubmissions() {
    return hardened || singleUser || allowUnsandboxed;
  }

  /** Why submissions are refused, and what the operator can do; one sentence. */
  public String refusal() {
    return "this server has no hardened sandbox (it uses the "
        + sandbox
        + " sandbox), so it does not run other people's code: its operator can install"
        + " bubblewrap, or restart it with --allow-unsandboxed to accept the risk";
  }
}
