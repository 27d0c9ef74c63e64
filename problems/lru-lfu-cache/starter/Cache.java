/**
 * A cache that holds at most {@code capacity} entries and evicts the least recently used one when
 * it needs room.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods (and, at level 4, a
 * constructor) to this class; the earlier ones must keep working, because the tests of every level
 * run against your final code.
 */
public class Cache {

    /** Create an empty cache that holds at most {@code capacity} (at least 1) entries. */
    public Cache(int capacity) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Insert or update {@code key}; it becomes the most recently used. Return the key evicted to
     * make room, or null if none was.
     */
    public String put(String key, String value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the value of {@code key} and make it the most recently used, or return null. */
    public String get(String key) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the number of entries in the cache. */
    public int size() {
        throw new UnsupportedOperationException("TODO");
    }
}
