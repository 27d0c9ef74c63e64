/**
 * A circuit breaker that protects callers from a failing dependency. Time is passed in: there is
 * no clock.
 *
 * <p>Level 1 asks for the constructor and methods below. Later levels add methods and constructor
 * parameters; the earlier ones must keep working, because the tests of every level run against
 * your final code.
 */
public class CircuitBreaker {

    /** Create a closed breaker that opens after {@code failureThreshold} failures in a row. */
    public CircuitBreaker(int failureThreshold, long cooldown) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return whether a request may go to the dependency at {@code timestamp}. */
    public boolean allowRequest(long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Report that a request succeeded. */
    public void recordSuccess(long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Report that a request failed. */
    public void recordFailure(long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return "closed" or "open". */
    public String state(long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }
}
