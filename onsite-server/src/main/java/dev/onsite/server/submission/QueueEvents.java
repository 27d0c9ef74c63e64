package dev.onsite.server.submission;

/** The payloads of the server-sent events a page watching a submission receives. */
final class QueueEvents {

  private QueueEvents() {}

  /**
   * Where the submission is: {@code queued} with its place in the queue (1 is next), or {@code
   * running}.
   */
  record Status(String status, int position) {}

  /** The compiler finished: whether it compiled, and its messages. */
  record Compiled(boolean ok, String message) {}
}
