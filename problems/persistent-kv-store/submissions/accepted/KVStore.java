import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A key-value store with snapshots, an append-only log, compaction and transactions.
 *
 * <p>Reference solution for all four levels. The text formats live in a few static functions
 * ({@code escape}, {@code splitUnescaped}, {@code parseSnapshot}, {@code parseLog}); the store keeps
 * the committed data, the data as of the last checkpoint (the base the log starts from), the log as
 * a list of lines, and the pending changes of an open transaction. Every write goes through
 * {@link #apply}, which either stages the change in the transaction or commits and logs it.
 */
public class KVStore {

    private static final String BEGIN = "BEGIN";
    private static final String COMMIT = "COMMIT";

    /** One change: a set, or a delete when {@code value} is null. */
    private record Change(String key, String value) {}

    /** A parsed log: its changes in atomic batches, and the lines kept after dropping a torn block. */
    private record ParsedLog(List<List<Change>> batches, List<String> kept) {}

    private Map<String, String> data = new HashMap<>(); // committed
    private Map<String, String> base = new HashMap<>(); // as of the last checkpoint
    private List<String> log = new ArrayList<>(); // committed log lines since the checkpoint
    private Map<String, String> pending = null; // open transaction: key -> value, null value = deleted
    private List<String> pendingLog = new ArrayList<>();

    // Level 1 ------------------------------------------------------------------------------------

    public void set(String key, String value) {
        apply(key, value);
    }

    public String get(String key) {
        if (pending != null && pending.containsKey(key)) {
            return pending.get(key);
        }
        return data.get(key);
    }

    public boolean delete(String key) {
        if (get(key) == null) {
            return false;
        }
        apply(key, null);
        return true;
    }

    public List<String> keys(String prefix) {
        Set<String> view = new TreeSet<>(data.keySet());
        if (pending != null) {
            pending.forEach((key, value) -> {
                if (value == null) {
                    view.remove(key);
                } else {
                    view.add(key);
                }
            });
        }
        return view.stream().filter(key -> key.startsWith(prefix)).toList();
    }

    // Level 2 ------------------------------------------------------------------------------------

    /** Return the committed data, one escaped {@code key=value} line per key, sorted by key. */
    public String snapshot() {
        StringBuilder sb = new StringBuilder();
        for (String key : new TreeSet<>(data.keySet())) {
            sb.append(escape(key)).append('=').append(escape(data.get(key))).append('\n');
        }
        return sb.toString();
    }

    public void restore(String text) {
        recover(text, "");
    }

    // Level 3 ------------------------------------------------------------------------------------

    public String log() {
        return render(log);
    }

    public String checkpoint() {
        String text = snapshot();
        base = new HashMap<>(data);
        log = new ArrayList<>();
        return text;
    }

    /** Replace everything with {@code snapshot} plus the changes in {@code log}; all or nothing. */
    public void recover(String snapshot, String logText) {
        Map<String, String> restoredBase = parseSnapshot(snapshot);
        ParsedLog parsed = parseLog(logText);
        Map<String, String> restored = new HashMap<>(restoredBase);
        for (List<Change> batch : parsed.batches()) {
            for (Change change : batch) {
                if (change.value() == null) {
                    restored.remove(change.key());
                } else {
                    restored.put(change.key(), change.value());
                }
            }
        }
        data = restored;
        base = restoredBase;
        log = new ArrayList<>(parsed.kept());
        pending = null;
        pendingLog = new ArrayList<>();
    }

    /** Rewrite the log as the fewest records that turn the base into the data. */
    public int compact() {
        int before = log.size();
        Set<String> keys = new TreeSet<>(data.keySet());
        keys.addAll(base.keySet());
        List<String> compacted = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(data.get(key), base.get(key))) {
                compacted.add(data.containsKey(key) ? setRecord(key, data.get(key)) : deleteRecord(key));
            }
        }
        log = compacted;
        return before - log.size();
    }

    // Level 4 ------------------------------------------------------------------------------------

    public boolean begin() {
        if (pending != null) {
            return false;
        }
        pending = new HashMap<>();
        pendingLog = new ArrayList<>();
        return true;
    }

    public boolean commit() {
        if (pending == null) {
            return false;
        }
        pending.forEach((key, value) -> {
            if (value == null) {
                data.remove(key);
            } else {
                data.put(key, value);
            }
        });
        if (!pendingLog.isEmpty()) {
            log.add(BEGIN);
            log.addAll(pendingLog);
            log.add(COMMIT);
        }
        pending = null;
        pendingLog = new ArrayList<>();
        return true;
    }

    public boolean rollback() {
        if (pending == null) {
            return false;
        }
        pending = null;
        pendingLog = new ArrayList<>();
        return true;
    }

    // Internals ----------------------------------------------------------------------------------

    /** Stage a change in the open transaction, or commit and log it now; a null value deletes. */
    private void apply(String key, String value) {
        String record = value == null ? deleteRecord(key) : setRecord(key, value);
        if (pending != null) {
            pending.put(key, value);
            pendingLog.add(record);
            return;
        }
        if (value == null) {
            data.remove(key);
        } else {
            data.put(key, value);
        }
        log.add(record);
    }

    // Formats ------------------------------------------------------------------------------------

    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '=' -> sb.append("\\=");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Unescape {@code line}, splitting it at every unescaped '='. */
    static List<String> splitUnescaped(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\') {
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                switch (next) {
                    case '\\' -> current.append('\\');
                    case 'n' -> current.append('\n');
                    case '=' -> current.append('=');
                    default -> throw new IllegalArgumentException("bad escape in " + line);
                }
                i++;
            } else if (ch == '=') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** The lines of a text in which every line ends with a newline. */
    static List<String> linesOf(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the text does not end with a newline");
        }
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    static Map<String, String> parseSnapshot(String text) {
        Map<String, String> parsed = new HashMap<>();
        for (String line : linesOf(text)) {
            List<String> parts = splitUnescaped(line);
            if (parts.size() != 2) {
                throw new IllegalArgumentException("a snapshot line needs exactly one '=': " + line);
            }
            if (parsed.put(parts.get(0), parts.get(1)) != null) {
                throw new IllegalArgumentException("duplicate key " + parts.get(0));
            }
        }
        return parsed;
    }

    static String setRecord(String key, String value) {
        return "+" + escape(key) + "=" + escape(value);
    }

    static String deleteRecord(String key) {
        return "-" + escape(key);
    }

    static Change parseRecord(String line) {
        if (line.startsWith("+")) {
            List<String> parts = splitUnescaped(line.substring(1));
            if (parts.size() != 2) {
                throw new IllegalArgumentException("a set record needs exactly one '=': " + line);
            }
            return new Change(parts.get(0), parts.get(1));
        }
        if (line.startsWith("-")) {
            List<String> parts = splitUnescaped(line.substring(1));
            if (parts.size() != 1) {
                throw new IllegalArgumentException("a delete record has no '=': " + line);
            }
            return new Change(parts.get(0), null);
        }
        throw new IllegalArgumentException("not a record: " + line);
    }

    static ParsedLog parseLog(String text) {
        List<List<Change>> batches = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> block = null; // the lines of an open BEGIN block
        for (String line : linesOf(text)) {
            if (line.equals(BEGIN)) {
                if (block != null) {
                    throw new IllegalArgumentException("BEGIN inside a transaction");
                }
                block = new ArrayList<>(List.of(line));
            } else if (line.equals(COMMIT)) {
                if (block == null) {
                    throw new IllegalArgumentException("COMMIT without BEGIN");
                }
                List<Change> batch = new ArrayList<>();
                for (String record : block.subList(1, block.size())) {
                    batch.add(parseRecord(record));
                }
                batches.add(batch);
                kept.addAll(block);
                kept.add(line);
                block = null;
            } else if (block != null) {
                parseRecord(line); // validated now, applied with its block
                block.add(line);
            } else {
                batches.add(List.of(parseRecord(line)));
                kept.add(line);
            }
        }
        return new ParsedLog(batches, kept);
    }

    static String render(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
