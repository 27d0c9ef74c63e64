import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A key-value store indexed by time, with deletes, TTLs and cheap snapshots.
 *
 * <p>Reference solution for all four levels. Every write is appended as an immutable {@code
 * Version} stamped with a global sequence number and never changed afterwards; a snapshot is just a
 * sequence number, and a read "as of snapshot s" ignores the versions written after it.
 */
public class TimeKeyValueStore {

    /** The sequence number that sees every write. */
    private static final long LATEST = Long.MAX_VALUE;

    /**
     * One write: its global number, its value (null: a deletion) and the first timestamp at which
     * the value is gone (null: never).
     */
    private record Version(long seq, String value, Long expiresAt) {
        String valueAt(long timestamp) {
            return expiresAt != null && timestamp >= expiresAt ? null : value;
        }
    }

    /** The versions of one key by timestamp, each timestamp's writes in write order. */
    private static final class KeyHistory {
        private final TreeMap<Long, List<Version>> writes = new TreeMap<>();

        void add(long timestamp, Version version) {
            writes.computeIfAbsent(timestamp, t -> new ArrayList<>()).add(version);
        }

        /** The newest version at or before {@code timestamp} among the writes numbered up to {@code seq}. */
        Version versionAt(long timestamp, long seq) {
            for (List<Version> atTime : writes.headMap(timestamp, true).descendingMap().values()) {
                Version version = lastWritten(atTime, seq);
                if (version != null) {
                    return version;
                }
            }
            return null;
        }

        List<String> valuesBetween(long start, long end, long seq) {
            List<String> out = new ArrayList<>();
            if (start > end) {
                return out;
            }
            NavigableMap<Long, List<Version>> range = writes.subMap(start, true, end, true);
            for (Map.Entry<Long, List<Version>> entry : range.entrySet()) {
                Version version = lastWritten(entry.getValue(), seq);
                if (version != null && version.value() != null) {
                    out.add(entry.getKey() + ":" + version.value());
                }
            }
            return out;
        }

        private static Version lastWritten(List<Version> atTime, long seq) {
            for (int i = atTime.size() - 1; i >= 0; i--) {
                if (atTime.get(i).seq() <= seq) {
                    return atTime.get(i);
                }
            }
            return null;
        }
    }

    private final Map<String, KeyHistory> keys = new HashMap<>();

    /** The number of writes so far, which numbers the next one. */
    private long writeCount = 0;

    /** Snapshot id i sees the first {@code snapshots.get(i - 1)} writes. */
    private final List<Long> snapshots = new ArrayList<>();

    // Level 1 ------------------------------------------------------------------------------------

    public void set(String key, String value, long timestamp) {
        append(key, timestamp, value, null);
    }

    public String get(String key, long timestamp) {
        return read(key, timestamp, LATEST);
    }

    // Level 2 ------------------------------------------------------------------------------------

    public List<String> history(String key, long start, long end) {
        return history(key, start, end, LATEST);
    }

    public List<String> keysAt(long timestamp) {
        return keysAt(timestamp, LATEST);
    }

    // Level 3 ------------------------------------------------------------------------------------

    public void setWithTtl(String key, String value, long timestamp, long ttl) {
        append(key, timestamp, value, timestamp + ttl);
    }

    public boolean delete(String key, long timestamp) {
        if (get(key, timestamp) == null) {
            return false;
        }
        append(key, timestamp, null, null);
        return true;
    }

    // Level 4 ------------------------------------------------------------------------------------

    public int snapshot() {
        snapshots.add(writeCount);
        return snapshots.size();
    }

    public String getAtSnapshot(int snapshotId, String key, long timestamp) {
        return read(key, timestamp, snapshotSeq(snapshotId));
    }

    public List<String> historyAtSnapshot(int snapshotId, String key, long start, long end) {
        return history(key, start, end, snapshotSeq(snapshotId));
    }

    public List<String> keysAtSnapshot(int snapshotId, long timestamp) {
        return keysAt(timestamp, snapshotSeq(snapshotId));
    }

    // Internals ----------------------------------------------------------------------------------

    private void append(String key, long timestamp, String value, Long expiresAt) {
        writeCount++;
        keys.computeIfAbsent(key, k -> new KeyHistory())
                .add(timestamp, new Version(writeCount, value, expiresAt));
    }

    private String read(String key, long timestamp, long seq) {
        KeyHistory history = keys.get(key);
        Version version = history == null ? null : history.versionAt(timestamp, seq);
        return version == null ? null : version.valueAt(timestamp);
    }

    private List<String> history(String key, long start, long end, long seq) {
        KeyHistory history = keys.get(key);
        return history == null ? new ArrayList<>() : history.valuesBetween(start, end, seq);
    }

    private List<String> keysAt(long timestamp, long seq) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(keys.keySet())) {
            if (read(key, timestamp, seq) != null) {
                out.add(key);
            }
        }
        return out;
    }

    private long snapshotSeq(int snapshotId) {
        if (snapshotId < 1 || snapshotId > snapshots.size()) {
            throw new IllegalArgumentException(
                    "unknown snapshot " + snapshotId + ": " + snapshots.size() + " taken so far");
        }
        return snapshots.get(snapshotId - 1);
    }
}
