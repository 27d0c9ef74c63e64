import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An iterator whose position can be saved as plain data and restored.
 *
 * <p>Reference solution for all four levels. {@code setState} is split into {@code parseState}
 * (validate a state and turn it into an internal checkpoint, touching nothing) and {@code load}
 * (apply a checkpoint known to be valid). Composites parse all of their children's states before
 * loading any, so a bad state never leaves an iterator half-restored.
 */
public interface ResumableIterator {

    boolean hasNext();

    /** Return the next item; throw {@link NoSuchElementException} when there is none. */
    int next();

    Map<String, Object> getState();

    /** Restore a state; throw {@link IllegalArgumentException}, changing nothing, if invalid. */
    void setState(Map<String, Object> state);

    /** Validate {@code state} and return a checkpoint for {@link #load}; never mutates. */
    Object parseState(Object state);

    void load(Object checkpoint);
}

/** The shared half of every iterator: set_state is parse, then load. */
abstract class AbstractIterator implements ResumableIterator {

    @Override
    public void setState(Map<String, Object> state) {
        load(parseState(state));
    }

    static NoSuchElementException exhausted() {
        return new NoSuchElementException("the iterator is exhausted");
    }

    static Object field(Object state, String key) {
        if (!(state instanceof Map<?, ?> map) || !map.containsKey(key)) {
            throw new IllegalArgumentException("the state has no '" + key + "': " + state);
        }
        return map.get(key);
    }

    /** {@code state[key]} as an int in [low, high]. */
    static int integer(Object state, String key, int low, int high) {
        Object value = field(state, key);
        if (!(value instanceof Long || value instanceof Integer)
                || ((Number) value).longValue() < low
                || ((Number) value).longValue() > high) {
            throw new IllegalArgumentException(
                    key + " must be an integer in [" + low + ", " + high + "], got " + value);
        }
        return ((Number) value).intValue();
    }

    static List<Object> parseChildren(Object state, List<ResumableIterator> sources) {
        if (!(field(state, "sources") instanceof List<?> children)
                || children.size() != sources.size()) {
            throw new IllegalArgumentException("expected " + sources.size() + " source states");
        }
        List<Object> parsed = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            parsed.add(sources.get(i).parseState(children.get(i)));
        }
        return parsed;
    }

    static void loadChildren(List<ResumableIterator> sources, List<?> checkpoints) {
        for (int i = 0; i < sources.size(); i++) {
            sources.get(i).load(checkpoints.get(i));
        }
    }

    static List<Object> childStates(List<ResumableIterator> sources) {
        List<Object> states = new ArrayList<>();
        for (ResumableIterator source : sources) {
            states.add(source.getState());
        }
        return states;
    }
}

// Level 1 ----------------------------------------------------------------------------------------

class ArrayIterator extends AbstractIterator {
    private final List<Integer> items;
    private int position = 0;

    ArrayIterator(List<Integer> items) {
        this.items = List.copyOf(items);
    }

    @Override
    public boolean hasNext() {
        return position < items.size();
    }

    @Override
    public int next() {
        if (!hasNext()) {
            throw exhausted();
        }
        return items.get(position++);
    }

    @Override
    public Map<String, Object> getState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("position", position);
        return state;
    }

    @Override
    public Object parseState(Object state) {
        return integer(state, "position", 0, items.size());
    }

    @Override
    public void load(Object checkpoint) {
        position = (Integer) checkpoint;
    }
}

// Level 2 ----------------------------------------------------------------------------------------

/** The items of every file in order; the state always points at the next item. */
class MultiFileIterator extends AbstractIterator {
    private final List<List<Integer>> files = new ArrayList<>();
    private int file = 0;
    private int position = 0;

    MultiFileIterator(List<List<Integer>> files) {
        for (List<Integer> f : files) {
            this.files.add(List.copyOf(f));
        }
        skipFinishedFiles();
    }

    @Override
    public boolean hasNext() {
        return file < files.size();
    }

    @Override
    public int next() {
        if (!hasNext()) {
            throw exhausted();
        }
        int item = files.get(file).get(position++);
        skipFinishedFiles();
        return item;
    }

    @Override
    public Map<String, Object> getState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("file", file);
        state.put("position", position);
        return state;
    }

    @Override
    public Object parseState(Object state) {
        int f = integer(state, "file", 0, files.size());
        int size = f < files.size() ? files.get(f).size() : 0;
        return new int[] {f, integer(state, "position", 0, size)};
    }

    @Override
    public void load(Object checkpoint) {
        int[] place = (int[]) checkpoint;
        file = place[0];
        position = place[1];
        skipFinishedFiles();
    }

    /** Keep the canonical form: point at a real item, or at (files.size(), 0) when done. */
    private void skipFinishedFiles() {
        while (file < files.size() && position == files.get(file).size()) {
            file++;
            position = 0;
        }
    }
}

// Level 3 ----------------------------------------------------------------------------------------

/** Takes one item from each source in turn, skipping sources that have run out. */
class RoundRobin extends AbstractIterator {
    private final List<ResumableIterator> sources;
    private int turn = 0;

    RoundRobin(List<ResumableIterator> sources) {
        this.sources = sources;
    }

    @Override
    public boolean hasNext() {
        return sources.stream().anyMatch(ResumableIterator::hasNext);
    }

    @Override
    public int next() {
        int count = sources.size();
        for (int step = 0; step < count; step++) {
            int index = (turn + step) % count;
            if (sources.get(index).hasNext()) {
                turn = (index + 1) % count;
                return sources.get(index).next();
            }
        }
        throw exhausted();
    }

    @Override
    public Map<String, Object> getState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("turn", turn);
        state.put("sources", childStates(sources));
        return state;
    }

    @Override
    public Object parseState(Object state) {
        int t = integer(state, "turn", 0, Math.max(sources.size() - 1, 0));
        List<Object> children = parseChildren(state, sources);
        children.add(t); // the turn rides along after the children's checkpoints
        return children;
    }

    @Override
    public void load(Object checkpoint) {
        List<?> parsed = (List<?>) checkpoint;
        loadChildren(sources, parsed);
        turn = (Integer) parsed.get(parsed.size() - 1);
    }
}

class InterleaveIterator extends RoundRobin {
    InterleaveIterator(List<List<List<Integer>>> sources) {
        super(multiFiles(sources));
    }

    private static List<ResumableIterator> multiFiles(List<List<List<Integer>>> sources) {
        List<ResumableIterator> out = new ArrayList<>();
        for (List<List<Integer>> files : sources) {
            out.add(new MultiFileIterator(files));
        }
        return out;
    }
}

// Level 4 ----------------------------------------------------------------------------------------

/** Every item of the first source, then of the second, and so on. */
class Chain extends AbstractIterator {
    private final List<ResumableIterator> sources;
    private int current = 0;

    Chain(List<ResumableIterator> sources) {
        this.sources = sources;
        skipFinishedSources();
    }

    @Override
    public boolean hasNext() {
        return current < sources.size();
    }

    @Override
    public int next() {
        if (!hasNext()) {
            throw exhausted();
        }
        int item = sources.get(current).next();
        skipFinishedSources();
        return item;
    }

    @Override
    public Map<String, Object> getState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("current", current);
        state.put("sources", childStates(sources));
        return state;
    }

    @Override
    public Object parseState(Object state) {
        int c = integer(state, "current", 0, sources.size());
        List<Object> children = parseChildren(state, sources);
        children.add(c);
        return children;
    }

    @Override
    public void load(Object checkpoint) {
        List<?> parsed = (List<?>) checkpoint;
        loadChildren(sources, parsed);
        current = (Integer) parsed.get(parsed.size() - 1);
        skipFinishedSources();
    }

    private void skipFinishedSources() {
        while (current < sources.size() && !sources.get(current).hasNext()) {
            current++;
        }
    }
}

/** An iterator assembled from a spec; its state is the state of the tree it describes. */
class PipelineIterator extends AbstractIterator {
    private final ResumableIterator root;

    PipelineIterator(Map<String, Object> spec) {
        this.root = build(spec);
    }

    @SuppressWarnings("unchecked")
    static ResumableIterator build(Object spec) {
        if (!(spec instanceof Map<?, ?> map) || map.size() != 1) {
            throw new IllegalArgumentException("a spec has exactly one key: " + spec);
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        Object argument = entry.getValue();
        return switch ((String) entry.getKey()) {
            case "list" -> new ArrayIterator(integers(argument));
            case "files" -> {
                List<List<Integer>> files = new ArrayList<>();
                for (Object file : (List<Object>) argument) {
                    files.add(integers(file));
                }
                yield new MultiFileIterator(files);
            }
            case "interleave" -> new RoundRobin(children(argument));
            case "chain" -> new Chain(children(argument));
            default -> throw new IllegalArgumentException("unknown spec kind " + entry.getKey());
        };
    }

    private static List<Integer> integers(Object list) {
        List<Integer> out = new ArrayList<>();
        for (Object item : (List<?>) list) {
            out.add(((Number) item).intValue());
        }
        return out;
    }

    private static List<ResumableIterator> children(Object list) {
        List<ResumableIterator> out = new ArrayList<>();
        for (Object child : (List<?>) list) {
            out.add(build(child));
        }
        return out;
    }

    @Override
    public boolean hasNext() {
        return root.hasNext();
    }

    @Override
    public int next() {
        return root.next();
    }

    @Override
    public Map<String, Object> getState() {
        return root.getState();
    }

    @Override
    public Object parseState(Object state) {
        return root.parseState(state);
    }

    @Override
    public void load(Object checkpoint) {
        root.load(checkpoint);
    }
}
