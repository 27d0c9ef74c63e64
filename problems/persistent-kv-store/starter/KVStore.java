import java.util.List;

/**
 * A key-value store that will learn to persist itself as text.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods; the earlier ones must
 * keep working, because the tests of every level run against your final code.
 */
public class KVStore {

    /** Store {@code value} under {@code key}, replacing any previous value. */
    public void set(String key, String value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the value under {@code key}, or null. "" is a real value and a real key. */
    public String get(String key) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Remove {@code key}; return whether it was there. */
    public boolean delete(String key) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the keys that start with {@code prefix}, sorted by character code. */
    public List<String> keys(String prefix) {
        throw new UnsupportedOperationException("TODO");
    }
}
