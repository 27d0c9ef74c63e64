/**
 * The rate limiter of an API gateway: each client may make at most {@code limit} requests per
 * window of {@code window} time units. Time is passed in: there is no clock.
 *
 * <p>Level 1 asks for the constructor and methods below. Later levels add methods and a
 * constructor parameter; the earlier ones must keep working, because the tests of every level run
 * against your final code.
 */
public class RateLimiter {

    /** Create a limiter allowing {@code limit} requests per client per fixed window. */
    public RateLimiter(long limit, long window) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Decide whether a request from {@code clientId} at {@code timestamp} may pass. */
    public boolean allow(String clientId, long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return how many more requests {@code clientId} could make at {@code timestamp}. */
    public long remaining(String clientId, long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }
}
