import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A deterministic task scheduler: priorities, delays, cancellation, workers and dependencies.
 *
 * <p>Reference solution for all four levels. Waiting tasks live in two heaps: {@code delayed},
 * keyed by the time they become ready, and {@code ready}, keyed by dispatch order. Heap entries are
 * never removed in place; an entry whose task was canceled, dispatched or re-prioritised since it
 * was pushed is recognised by its version number and skipped when it reaches the top (lazy
 * deletion).
 */
public class TaskScheduler {

    private static final String WAITING = "waiting";
    private static final String RUNNING = "running";
    private static final String COMPLETED = "completed";
    private static final String CANCELED = "canceled";

    private static final class Task {
        final String id;
        long priority;
        final long seq;
        /** Null while blocked on a dependency. */
        Long readyAt;
        String status = WAITING;
        int version = 0;
        final List<String> dependents = new ArrayList<>();

        Task(String id, long priority, long seq, Long readyAt) {
            this.id = id;
            this.priority = priority;
            this.seq = seq;
            this.readyAt = readyAt;
        }
    }

    /** A heap entry: a snapshot of the task's ordering keys under one version. */
    private record Entry(long priority, long readyAt, long seq, int version, String id) {}

    /** Dispatch order: higher priority, then ready earlier, then submitted earlier. */
    private static final Comparator<Entry> DISPATCH_ORDER =
            Comparator.comparingLong((Entry e) -> -e.priority())
                    .thenComparingLong(Entry::readyAt)
                    .thenComparingLong(Entry::seq);

    private final int workers;
    private final Map<String, Task> tasks = new HashMap<>();
    private final PriorityQueue<Entry> ready = new PriorityQueue<>(DISPATCH_ORDER);
    private final PriorityQueue<Entry> delayed =
            new PriorityQueue<>(
                    Comparator.comparingLong(Entry::readyAt).thenComparingLong(Entry::seq));
    private final LinkedHashSet<String> running = new LinkedHashSet<>();
    private int waiting = 0;

    public TaskScheduler() {
        this(0);
    }

    /** Create a scheduler that runs at most {@code workers} tasks at once (0: no limit). */
    public TaskScheduler(int workers) {
        this.workers = workers;
    }

    // Level 1 ------------------------------------------------------------------------------------

    public boolean submit(String taskId, long priority, long timestamp) {
        return submitDelayed(taskId, priority, timestamp, 0);
    }

    public String nextTask(long timestamp) {
        promote(timestamp);
        if (workers > 0 && running.size() >= workers) {
            return null;
        }
        Task task = bestReady();
        if (task == null) {
            return null;
        }
        ready.poll();
        task.status = RUNNING;
        task.version++;
        waiting--;
        running.add(task.id);
        return task.id;
    }

    public int pending() {
        return waiting;
    }

    // Level 2 ------------------------------------------------------------------------------------

    public boolean cancel(String taskId) {
        Task task = tasks.get(taskId);
        if (task == null || !task.status.equals(WAITING)) {
            return false;
        }
        cancel(task);
        return true;
    }

    public String status(String taskId) {
        Task task = tasks.get(taskId);
        return task == null ? null : task.status;
    }

    public List<String> pendingTasks(long timestamp) {
        promote(timestamp);
        return ready.stream()
                .filter(e -> tasks.get(e.id()).version == e.version())
                .sorted(DISPATCH_ORDER)
                .map(Entry::id)
                .toList();
    }

    // Level 3 ------------------------------------------------------------------------------------

    public boolean submitDelayed(String taskId, long priority, long timestamp, long delay) {
        if (tasks.containsKey(taskId)) {
            return false;
        }
        Task task = new Task(taskId, priority, tasks.size(), timestamp + delay);
        add(task);
        schedule(task);
        return true;
    }

    public Long nextReadyTime(long timestamp) {
        promote(timestamp);
        if (bestReady() != null) {
            return timestamp;
        }
        while (!delayed.isEmpty() && stale(delayed.peek())) {
            delayed.poll();
        }
        return delayed.isEmpty() ? null : delayed.peek().readyAt();
    }

    public boolean reprioritize(String taskId, long priority) {
        Task task = tasks.get(taskId);
        if (task == null || !task.status.equals(WAITING)) {
            return false;
        }
        task.priority = priority;
        task.version++;
        if (task.readyAt != null) {
            schedule(task);
        }
        return true;
    }

    // Level 4 ------------------------------------------------------------------------------------

    public boolean complete(String taskId, long timestamp) {
        Task task = tasks.get(taskId);
        if (task == null || !task.status.equals(RUNNING)) {
            return false;
        }
        task.status = COMPLETED;
        running.remove(taskId);
        for (String dependentId : task.dependents) {
            Task dependent = tasks.get(dependentId);
            if (dependent.status.equals(WAITING)) {
                dependent.readyAt = timestamp;
                schedule(dependent);
            }
        }
        return true;
    }

    public List<String> running() {
        return new ArrayList<>(running);
    }

    public boolean submitAfter(String taskId, long priority, long timestamp, String dependsOn) {
        Task dependency = tasks.get(dependsOn);
        if (tasks.containsKey(taskId) || dependency == null) {
            return false;
        }
        Task task = new Task(taskId, priority, tasks.size(), null);
        add(task);
        switch (dependency.status) {
            case COMPLETED -> {
                task.readyAt = timestamp;
                schedule(task);
            }
            case CANCELED -> cancel(task);
            default -> dependency.dependents.add(taskId);
        }
        return true;
    }

    // Internals ----------------------------------------------------------------------------------

    private void add(Task task) {
        tasks.put(task.id, task);
        waiting++;
    }

    /** File a waiting task with a ready time under its current version. */
    private void schedule(Task task) {
        delayed.add(new Entry(task.priority, task.readyAt, task.seq, task.version, task.id));
    }

    /** Move every task that is ready by {@code timestamp} from the delayed heap to the ready heap. */
    private void promote(long timestamp) {
        while (!delayed.isEmpty() && delayed.peek().readyAt() <= timestamp) {
            Entry entry = delayed.poll();
            if (!stale(entry)) {
                ready.add(entry);
            }
        }
    }

    private boolean stale(Entry entry) {
        return tasks.get(entry.id()).version != entry.version();
    }

    private Task bestReady() {
        while (!ready.isEmpty()) {
            Entry entry = ready.peek();
            if (!stale(entry)) {
                return tasks.get(entry.id());
            }
            ready.poll();
        }
        return null;
    }

    /** Cancel a waiting task and, transitively, every task waiting on it. */
    private void cancel(Task first) {
        Deque<Task> stack = new ArrayDeque<>(List.of(first));
        while (!stack.isEmpty()) {
            Task task = stack.pop();
            task.status = CANCELED;
            task.version++;
            waiting--;
            for (String dependentId : task.dependents) {
                Task dependent = tasks.get(dependentId);
                if (dependent.status.equals(WAITING)) {
                    stack.push(dependent);
                }
            }
        }
    }
}
