import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An in-memory database of records with fields, expiring values and nested transactions.
 *
 * <p>Reference solution for all four levels. Every write goes through {@link #write}, every read
 * through {@link #lookup} or {@link #recordView}, so TTL (level 3) and transactions (level 4) each
 * live in one place.
 */
public class InMemoryDatabase {

    /** A field's value and the first timestamp at which it no longer exists (null: never). */
    private record Entry(String value, Long expiresAt) {
        boolean aliveAt(long timestamp) {
            return expiresAt == null || timestamp < expiresAt;
        }
    }

    private final Map<String, Map<String, Entry>> records = new HashMap<>();

    /** Open transactions, innermost last: key -> field -> new entry, or null for a deleted field. */
    private final List<Map<String, Map<String, Entry>>> transactions = new ArrayList<>();

    /** The latest timestamp seen; the untimestamped methods act at it. */
    private long now = 0;

    // Level 1 ------------------------------------------------------------------------------------

    public void set(String key, String field, String value) {
        setAt(key, field, value, now);
    }

    public String get(String key, String field) {
        return getAt(key, field, now);
    }

    public boolean delete(String key, String field) {
        return deleteAt(key, field, now);
    }

    public boolean compareAndSet(String key, String field, String expectedValue, String newValue) {
        return compareAndSetAt(key, field, expectedValue, newValue, now);
    }

    // Level 2 ------------------------------------------------------------------------------------

    public List<String> scan(String key) {
        return scanAt(key, now);
    }

    public List<String> scanByPrefix(String key, String prefix) {
        return scanByPrefixAt(key, prefix, now);
    }

    public List<String> findKeys(String field, String value) {
        return findKeysAt(field, value, now);
    }

    // Level 3 ------------------------------------------------------------------------------------

    public void setAt(String key, String field, String value, long timestamp) {
        advance(timestamp);
        write(key, field, new Entry(value, null));
    }

    public void setAtWithTtl(String key, String field, String value, long timestamp, long ttl) {
        advance(timestamp);
        write(key, field, new Entry(value, timestamp + ttl));
    }

    public String getAt(String key, String field, long timestamp) {
        advance(timestamp);
        Entry entry = lookup(key, field);
        return entry != null && entry.aliveAt(timestamp) ? entry.value() : null;
    }

    public boolean deleteAt(String key, String field, long timestamp) {
        if (getAt(key, field, timestamp) == null) {
            return false;
        }
        write(key, field, null);
        return true;
    }

    public boolean compareAndSetAt(
            String key, String field, String expectedValue, String newValue, long timestamp) {
        if (!expectedValue.equals(getAt(key, field, timestamp))) {
            return false;
        }
        write(key, field, new Entry(newValue, null));
        return true;
    }

    public List<String> scanAt(String key, long timestamp) {
        return scanByPrefixAt(key, "", timestamp);
    }

    public List<String> scanByPrefixAt(String key, String prefix, long timestamp) {
        advance(timestamp);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> field : recordView(key, timestamp).entrySet()) {
            if (field.getKey().startsWith(prefix)) {
                out.add(field.getKey() + "(" + field.getValue() + ")");
            }
        }
        return out;
    }

    public List<String> findKeysAt(String field, String value, long timestamp) {
        advance(timestamp);
        TreeSet<String> keys = new TreeSet<>(records.keySet());
        for (Map<String, Map<String, Entry>> changes : transactions) {
            keys.addAll(changes.keySet());
        }
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            if (value.equals(getAt(key, field, timestamp))) {
                out.add(key);
            }
        }
        return out;
    }

    // Level 4 ------------------------------------------------------------------------------------

    public void begin(long timestamp) {
        advance(timestamp);
        transactions.add(new HashMap<>());
    }

    /** Fold the innermost transaction into its parent (or the records); false if none is open. */
    public boolean commit(long timestamp) {
        advance(timestamp);
        if (transactions.isEmpty()) {
            return false;
        }
        Map<String, Map<String, Entry>> changes = transactions.removeLast();
        for (Map.Entry<String, Map<String, Entry>> record : changes.entrySet()) {
            for (Map.Entry<String, Entry> field : record.getValue().entrySet()) {
                // The entry keeps its absolute expiry.
                write(record.getKey(), field.getKey(), field.getValue());
            }
        }
        return true;
    }

    /** Discard the innermost transaction; false if none is open. */
    public boolean rollback(long timestamp) {
        advance(timestamp);
        if (transactions.isEmpty()) {
            return false;
        }
        transactions.removeLast();
        return true;
    }

    // Internals ----------------------------------------------------------------------------------

    private void advance(long timestamp) {
        now = Math.max(now, timestamp);
    }

    /** The newest entry of a field, alive or not; null if missing or deleted. */
    private Entry lookup(String key, String field) {
        for (int i = transactions.size() - 1; i >= 0; i--) {
            Map<String, Entry> fields = transactions.get(i).get(key);
            if (fields != null && fields.containsKey(field)) {
                return fields.get(field);
            }
        }
        Map<String, Entry> record = records.get(key);
        return record == null ? null : record.get(field);
    }

    /** The fields of a record alive at {@code timestamp}, sorted, as the innermost transaction sees them. */
    private TreeMap<String, String> recordView(String key, long timestamp) {
        Map<String, Entry> merged = new HashMap<>(records.getOrDefault(key, Map.of()));
        for (Map<String, Map<String, Entry>> changes : transactions) {
            merged.putAll(changes.getOrDefault(key, Map.of()));
        }
        TreeMap<String, String> view = new TreeMap<>();
        merged.forEach(
                (field, entry) -> {
                    if (entry != null && entry.aliveAt(timestamp)) {
                        view.put(field, entry.value());
                    }
                });
        return view;
    }

    /** Record a new entry (null: a deletion) in the innermost transaction, or the records. */
    private void write(String key, String field, Entry entry) {
        if (!transactions.isEmpty()) {
            transactions.getLast().computeIfAbsent(key, k -> new HashMap<>()).put(field, entry);
            return;
        }
        if (entry != null) {
            records.computeIfAbsent(key, k -> new HashMap<>()).put(field, entry);
            return;
        }
        Map<String, Entry> record = records.get(key);
        if (record != null) {
            record.remove(field);
            if (record.isEmpty()) {
                records.remove(key);
            }
        }
    }
}
