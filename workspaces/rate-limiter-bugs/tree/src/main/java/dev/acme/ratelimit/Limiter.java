package dev.acme.ratelimit;

/** Decides whether a client may make a request now. */
public interface Limiter {

  /**
   * Take {@code permits} if they are available now.
   *
   * @return whether the request may go ahead; a refused request takes nothing
   */
  boolean tryAcquire(int permits);
}
