import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * A fixed-capacity cache with LRU or LFU eviction, statistics and expiring entries.
 *
 * <p>Reference solution for all four levels. The cache owns the values, the expiry schedule and
 * the statistics; an {@link EvictionPolicy} owns only the order in which keys would be evicted, so
 * adding LFU (level 4) is a new policy class and no change to the cache.
 */
public class Cache {

    /** The order in which keys leave the cache when it needs room. */
    private interface EvictionPolicy {
        void add(String key);

        void touch(String key);

        void remove(String key);

        String victim();

        /** All keys, the one to be evicted last first, the next victim last. */
        List<String> keys();
    }

    private static final class LruPolicy implements EvictionPolicy {
        private final LinkedHashSet<String> order = new LinkedHashSet<>(); // least recent first

        @Override
        public void add(String key) {
            order.add(key);
        }

        @Override
        public void touch(String key) {
            order.remove(key);
            order.add(key);
        }

        @Override
        public void remove(String key) {
            order.remove(key);
        }

        @Override
        public String victim() {
            return order.getFirst();
        }

        @Override
        public List<String> keys() {
            return new ArrayList<>(order.reversed());
        }
    }

    /** Evict the least frequently used key; among equals, the least recently used one. */
    private static final class LfuPolicy implements EvictionPolicy {
        private final Map<String, Integer> uses = new HashMap<>();
        private final TreeMap<Integer, LinkedHashSet<String>> buckets = new TreeMap<>();

        @Override
        public void add(String key) {
            uses.put(key, 1);
            buckets.computeIfAbsent(1, u -> new LinkedHashSet<>()).add(key);
        }

        @Override
        public void touch(String key) {
            int count = uses.get(key);
            unlink(key, count);
            uses.put(key, count + 1);
            buckets.computeIfAbsent(count + 1, u -> new LinkedHashSet<>()).add(key);
        }

        @Override
        public void remove(String key) {
            unlink(key, uses.remove(key));
        }

        @Override
        public String victim() {
            return buckets.firstEntry().getValue().getFirst();
        }

        @Override
        public List<String> keys() {
            List<String> out = new ArrayList<>();
            for (LinkedHashSet<String> bucket : buckets.descendingMap().values()) {
                out.addAll(bucket.reversed());
            }
            return out;
        }

        private void unlink(String key, int count) {
            LinkedHashSet<String> bucket = buckets.get(count);
            bucket.remove(key);
            if (bucket.isEmpty()) {
                buckets.remove(count);
            }
        }
    }

    /** A value and the first timestamp at which it is gone (null: never). */
    private record Entry(String value, Long expiresAt) {}

    private record Expiry(long expiresAt, String key) {}

    private int capacity;
    private final EvictionPolicy policy;
    private final Map<String, Entry> entries = new HashMap<>();

    /** Scheduled expiries, soonest first; an item is stale once its key was rewritten or removed. */
    private final PriorityQueue<Expiry> expiries =
            new PriorityQueue<>(Comparator.comparingLong(Expiry::expiresAt));

    private long now = 0;
    private int hits = 0;
    private int misses = 0;
    private int evictions = 0;

    public Cache(int capacity) {
        this(capacity, "lru");
    }

    public Cache(int capacity, String policy) {
        this.capacity = capacity;
        this.policy =
                switch (policy) {
                    case "lru" -> new LruPolicy();
                    case "lfu" -> new LfuPolicy();
                    default ->
                            throw new IllegalArgumentException(
                                    "unknown policy '" + policy + "': use lru or lfu");
                };
    }

    // Level 1 ------------------------------------------------------------------------------------

    public String put(String key, String value) {
        return putAt(key, value, now);
    }

    public String get(String key) {
        return getAt(key, now);
    }

    public int size() {
        return entries.size();
    }

    // Level 2 ------------------------------------------------------------------------------------

    public String peek(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    public boolean delete(String key) {
        if (!entries.containsKey(key)) {
            return false;
        }
        remove(key);
        return true;
    }

    public List<String> keys() {
        return policy.keys();
    }

    public List<Integer> stats() {
        return List.of(hits, misses, evictions);
    }

    public List<String> resize(int capacity) {
        this.capacity = capacity;
        List<String> evicted = new ArrayList<>();
        while (entries.size() > capacity) {
            evicted.add(evict());
        }
        return evicted;
    }

    // Level 3 ------------------------------------------------------------------------------------

    public String putAt(String key, String value, long timestamp) {
        return put(key, new Entry(value, null), timestamp);
    }

    public String putAtWithTtl(String key, String value, long timestamp, long ttl) {
        return put(key, new Entry(value, timestamp + ttl), timestamp);
    }

    public String getAt(String key, long timestamp) {
        advance(timestamp);
        Entry entry = entries.get(key);
        if (entry == null) {
            misses++;
            return null;
        }
        hits++;
        policy.touch(key);
        return entry.value();
    }

    // Internals ----------------------------------------------------------------------------------

    private String put(String key, Entry entry, long timestamp) {
        advance(timestamp);
        String evicted = null;
        if (entries.containsKey(key)) {
            policy.touch(key);
        } else {
            if (entries.size() >= capacity) {
                evicted = evict();
            }
            policy.add(key);
        }
        entries.put(key, entry);
        if (entry.expiresAt() != null) {
            expiries.add(new Expiry(entry.expiresAt(), key));
        }
        return evicted;
    }

    /** Move the clock to {@code timestamp} and drop every entry that has expired by then. */
    private void advance(long timestamp) {
        now = Math.max(now, timestamp);
        while (!expiries.isEmpty() && expiries.peek().expiresAt() <= now) {
            Expiry expiry = expiries.poll();
            Entry entry = entries.get(expiry.key());
            if (entry != null
                    && entry.expiresAt() != null
                    && entry.expiresAt() == expiry.expiresAt()) {
                remove(expiry.key());
            }
        }
    }

    private String evict() {
        String key = policy.victim();
        remove(key);
        evictions++;
        return key;
    }

    private void remove(String key) {
        entries.remove(key);
        policy.remove(key);
    }
}
