/**
 * A key-value store that remembers every value a key has had over time.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods to this class; the earlier
 * ones must keep working, because the tests of every level run against your final code.
 */
public class TimeKeyValueStore {

    /** Record that {@code key} holds {@code value} from {@code timestamp} on. */
    public void set(String key, String value, long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Return the value of {@code key} written at the latest timestamp at or before {@code
     * timestamp}, or null if there is none.
     */
    public String get(String key, long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }
}
