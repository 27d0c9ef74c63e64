/**
 * An in-memory database: records, each named by a key, hold fields with string values.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods to this class; the earlier
 * ones must keep working, because the tests of every level run against your final code.
 */
public class InMemoryDatabase {

    /** Set {@code field} of record {@code key} to {@code value}, creating the record if needed. */
    public void set(String key, String field, String value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the value of {@code field} in record {@code key}, or null if either is missing. */
    public String get(String key, String field) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Remove {@code field} from record {@code key}; return whether it existed. */
    public boolean delete(String key, String field) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Set {@code field} to {@code newValue} only if its current value equals {@code expectedValue};
     * return whether it was set. A missing field matches nothing.
     */
    public boolean compareAndSet(String key, String field, String expectedValue, String newValue) {
        throw new UnsupportedOperationException("TODO");
    }
}
