import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counting the machines of a network by message passing, simulated tick by tick.
 *
 * <p>Reference solution for all four levels. A run is a discrete-event simulation: every message
 * is an event that arrives one tick after it is sent, and each machine reacts to its own events
 * with only local knowledge (its links, its value, and what it has been told in this run). Replies
 * carry a partial aggregate up the tree, so {@code count} and {@code stats} are the same protocol.
 */
public class Network {

    /** What a subtree reports; count 0 means nothing (a timeout, or already counted). */
    private record Aggregate(long count, long total, Long low, Long high, long height) {
        static final Aggregate EMPTY = new Aggregate(0, 0, null, null, 0);

        static Aggregate of(long value) {
            return new Aggregate(1, value, value, value, 0);
        }

        Aggregate absorb(Aggregate child) {
            if (child.count == 0) {
                return this;
            }
            return new Aggregate(count + child.count, total + child.total,
                    Math.min(low, child.low), Math.max(high, child.high),
                    Math.max(height, child.height + 1));
        }
    }

    /** One machine's part in one run. */
    private static final class Visit {
        final Integer parent; // null for the start machine
        final List<Integer> children;
        final Map<Integer, Long> outstanding = new HashMap<>(); // child -> deadline (-1: none)
        Aggregate result;
        int asked = 0;
        boolean done = false;

        Visit(Integer parent, List<Integer> children, Aggregate own) {
            this.parent = parent;
            this.children = children;
            this.result = own;
        }
    }

    private static final int REQUEST = 0;
    private static final int REPLY = 1;
    private static final int TIMEOUT = 2;

    /** An event; ordered by tick, then kind, then receiver, then sender. */
    private record Event(long tick, int kind, int to, int from, Aggregate payload)
            implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            if (tick != o.tick) {
                return Long.compare(tick, o.tick);
            }
            if (kind != o.kind) {
                return Integer.compare(kind, o.kind);
            }
            if (to != o.to) {
                return Integer.compare(to, o.to);
            }
            return Integer.compare(from, o.from);
        }
    }

    private final int size;
    private final List<List<Integer>> links = new ArrayList<>(); // sorted outgoing links
    private final long[] values;
    private final boolean[] failed;
    private int fanout = 0; // 0: unlimited
    private long timeout = 0; // 0: wait forever
    private long messages = 0;
    private long duration = 0;

    public Network(int[] parents) {
        size = parents.length;
        int root = -1;
        for (int m = 0; m < size; m++) {
            int p = parents[m];
            if (p == -1) {
                if (root != -1) {
                    throw new IllegalArgumentException("two roots: " + root + " and " + m);
                }
                root = m;
            } else if (p < 0 || p >= size || p == m) {
                throw new IllegalArgumentException("bad parent " + p + " of machine " + m);
            }
        }
        if (root == -1) {
            throw new IllegalArgumentException("no root");
        }
        for (int m = 0; m < size; m++) {
            links.add(new ArrayList<>());
        }
        for (int m = 0; m < size; m++) {
            if (parents[m] != -1) {
                links.get(parents[m]).add(m);
            }
        }
        if (reachable(root) != size) {
            throw new IllegalArgumentException("not a tree: a cycle");
        }
        values = new long[size];
        failed = new boolean[size];
    }

    // Level 1 ------------------------------------------------------------------------------------

    public int count(int start) {
        Aggregate result = run(start);
        return result == null ? -1 : (int) result.count();
    }

    public long messages() {
        return messages;
    }

    // Level 2 ------------------------------------------------------------------------------------

    public void setValue(int machine, long value) {
        check(machine);
        values[machine] = value;
    }

    public Map<String, Long> stats(int start) {
        Aggregate result = run(start);
        if (result == null || result.count() == 0) {
            return null;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("count", result.count());
        out.put("sum", result.total());
        out.put("min", result.low());
        out.put("max", result.high());
        out.put("height", result.height());
        return out;
    }

    // Level 3 ------------------------------------------------------------------------------------

    public void setFanout(int limit) {
        fanout = limit;
    }

    public void setTimeout(int ticks) {
        timeout = ticks;
    }

    public void fail(int machine) {
        check(machine);
        failed[machine] = true;
    }

    public void recover(int machine) {
        check(machine);
        failed[machine] = false;
    }

    public long lastDuration() {
        return duration;
    }

    // Level 4 ------------------------------------------------------------------------------------

    public boolean addLink(int parent, int child) {
        check(parent);
        check(child);
        List<Integer> out = links.get(parent);
        if (parent == child || out.contains(child)) {
            return false;
        }
        out.add(child);
        Collections.sort(out);
        return true;
    }

    // The simulation -----------------------------------------------------------------------------

    /** Simulate one run from {@code start}; null if it can never finish. */
    private Aggregate run(int start) {
        check(start);
        duration = 0;
        if (failed[start]) {
            return Aggregate.EMPTY;
        }
        PriorityQueue<Event> events = new PriorityQueue<>();
        Map<Integer, Visit> visits = new HashMap<>();
        visits.put(start, visit(start, null));
        Long finishedAt = null;
        Set<Integer> touched = new TreeSet<>(Set.of(start));
        long tick = 0;
        while (true) {
            // Phase 3 of the tick: every machine that heard something asks more children, or replies.
            for (int machine : touched) {
                Visit visit = visits.get(machine);
                if (visit.done) {
                    continue;
                }
                while (visit.asked < visit.children.size()
                        && (fanout == 0 || visit.outstanding.size() < fanout)) {
                    int child = visit.children.get(visit.asked++);
                    visit.outstanding.put(child, timeout > 0 ? tick + timeout : -1L);
                    send(events, new Event(tick + 1, REQUEST, child, machine, null));
                    if (timeout > 0) {
                        events.add(new Event(tick + timeout, TIMEOUT, machine, child, null));
                    }
                }
                if (visit.asked == visit.children.size() && visit.outstanding.isEmpty()) {
                    visit.done = true;
                    if (visit.parent == null) {
                        finishedAt = tick;
                    } else {
                        send(events, new Event(tick + 1, REPLY, visit.parent, machine, visit.result));
                    }
                }
            }
            touched = new TreeSet<>();
            if (events.isEmpty()) {
                break;
            }
            tick = events.peek().tick();
            // Phases 1 and 2: arrivals (requests, then replies), then timeouts.
            while (!events.isEmpty() && events.peek().tick() == tick) {
                Event e = events.poll();
                if (failed[e.to()] && e.kind() != TIMEOUT) {
                    continue; // a failed machine hears nothing
                }
                Visit visit = visits.get(e.to());
                switch (e.kind()) {
                    case REQUEST -> {
                        if (visit == null) {
                            visits.put(e.to(), visit(e.to(), e.from()));
                            touched.add(e.to());
                        } else { // already counted in this run
                            send(events, new Event(tick + 1, REPLY, e.from(), e.to(), Aggregate.EMPTY));
                        }
                    }
                    case REPLY -> {
                        if (visit.outstanding.remove(e.from()) != null) {
                            visit.result = visit.result.absorb(e.payload());
                            touched.add(e.to());
                        }
                    }
                    default -> {
                        Long deadline = visit.outstanding.get(e.from());
                        if (deadline != null && deadline == tick) {
                            visit.outstanding.remove(e.from()); // gave up on that subtree
                            touched.add(e.to());
                        }
                    }
                }
            }
        }
        if (finishedAt == null) {
            duration = -1;
            return null;
        }
        duration = finishedAt;
        return visits.get(start).result;
    }

    private void send(PriorityQueue<Event> events, Event event) {
        messages++;
        events.add(event);
    }

    private Visit visit(int machine, Integer parent) {
        return new Visit(parent, links.get(machine), Aggregate.of(values[machine]));
    }

    private void check(int machine) {
        if (machine < 0 || machine >= size) {
            throw new IllegalArgumentException("no machine " + machine);
        }
    }

    private int reachable(int start) {
        Set<Integer> seen = new HashSet<>(Set.of(start));
        Deque<Integer> stack = new ArrayDeque<>(List.of(start));
        while (!stack.isEmpty()) {
            for (int child : links.get(stack.pop())) {
                if (seen.add(child)) {
                    stack.push(child);
                }
            }
        }
        return seen.size();
    }
}
