import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic circuit breaker: time comes in as arguments, never from a clock.
 *
 * <p>Reference solution for all four levels. Every public call first brings the breaker up to date
 * ({@link #advance}): a cooldown that ran out in the meantime ends at its own expiry time, not when
 * someone happens to look. Every state change goes through {@link #move}, which keeps the
 * transition log and the time spent in each state. Deciding when to trip is delegated to a small
 * {@link FailureCounter}, so the sliding-window rule of level 4 replaces one object and touches
 * nothing else.
 */
public class CircuitBreaker {

    private enum State {
        CLOSED,
        OPEN,
        HALF_OPEN;

        String label() {
            return name().toLowerCase();
        }
    }

    /** Decides, from the failures and successes seen while closed, when to trip. */
    private interface FailureCounter {
        /** Count a failure; return whether the breaker should open. */
        boolean failure(long timestamp);

        void success(long timestamp);

        void clear();
    }

    /** Trip after {@code threshold} failures in a row; a success starts the count again. */
    private static final class ConsecutiveFailures implements FailureCounter {
        private final int threshold;
        private int count;

        ConsecutiveFailures(int threshold) {
            this.threshold = threshold;
        }

        @Override
        public boolean failure(long timestamp) {
            return ++count >= threshold;
        }

        @Override
        public void success(long timestamp) {
            count = 0;
        }

        @Override
        public void clear() {
            count = 0;
        }
    }

    /** Trip when {@code threshold} failures fall within the last {@code window} time units. */
    private static final class FailuresInWindow implements FailureCounter {
        private final int threshold;
        private final long window;
        private final ArrayDeque<Long> failures = new ArrayDeque<>();

        FailuresInWindow(int threshold, long window) {
            this.threshold = threshold;
            this.window = window;
        }

        @Override
        public boolean failure(long timestamp) {
            failures.addLast(timestamp);
            while (failures.peekFirst() <= timestamp - window) {
                failures.pollFirst();
            }
            return failures.size() >= threshold;
        }

        @Override
        public void success(long timestamp) {}

        @Override
        public void clear() {
            failures.clear();
        }
    }

    private final long cooldown;
    /** 0: close right after the cooldown, with no half-open state. */
    private final int trials;

    private final FailureCounter counter;
    private State state = State.CLOSED;
    private long since = 0;
    private long openedAt = 0;
    private int trialsAllowed = 0;
    private int trialSuccesses = 0;
    private final List<String> transitions = new ArrayList<>();
    private final Map<State, Long> timeIn = new EnumMap<>(State.class);
    private int allowed = 0;
    private int rejected = 0;
    private int successes = 0;
    private int failures = 0;

    public CircuitBreaker(int failureThreshold, long cooldown) {
        this(failureThreshold, cooldown, 0, 0);
    }

    public CircuitBreaker(int failureThreshold, long cooldown, int halfOpenTrials) {
        this(failureThreshold, cooldown, halfOpenTrials, 0);
    }

    public CircuitBreaker(int failureThreshold, long cooldown, int halfOpenTrials, long window) {
        this.cooldown = cooldown;
        this.trials = halfOpenTrials;
        this.counter =
                window > 0
                        ? new FailuresInWindow(failureThreshold, window)
                        : new ConsecutiveFailures(failureThreshold);
        for (State s : State.values()) {
            timeIn.put(s, 0L);
        }
    }

    // Level 1 ------------------------------------------------------------------------------------

    public boolean allowRequest(long timestamp) {
        advance(timestamp);
        boolean ok =
                state == State.CLOSED || (state == State.HALF_OPEN && trialsAllowed < trials);
        if (ok && state == State.HALF_OPEN) {
            trialsAllowed++;
        }
        if (ok) {
            allowed++;
        } else {
            rejected++;
        }
        return ok;
    }

    public void recordSuccess(long timestamp) {
        advance(timestamp);
        successes++;
        if (state == State.CLOSED) {
            counter.success(timestamp);
        } else if (state == State.HALF_OPEN && ++trialSuccesses >= trials) {
            move(State.CLOSED, timestamp);
        }
    }

    public void recordFailure(long timestamp) {
        advance(timestamp);
        failures++;
        if (state == State.CLOSED && counter.failure(timestamp)) {
            open(timestamp);
        } else if (state == State.HALF_OPEN) {
            open(timestamp);
        }
    }

    public String state(long timestamp) {
        advance(timestamp);
        return state.label();
    }

    // Level 2 ------------------------------------------------------------------------------------

    public List<Integer> stats() {
        return List.of(allowed, rejected, successes, failures);
    }

    public List<String> transitions(long timestamp) {
        advance(timestamp);
        return new ArrayList<>(transitions);
    }

    public long timeInState(String name, long timestamp) {
        advance(timestamp);
        for (State s : State.values()) {
            if (s.label().equals(name)) {
                return timeIn.get(s) + (s == state ? timestamp - since : 0);
            }
        }
        return 0;
    }

    // Internals ----------------------------------------------------------------------------------

    /** Apply the cooldown expiry, at the moment it happened, if it is due by {@code timestamp}. */
    private void advance(long timestamp) {
        long reopensAt = openedAt + cooldown;
        if (state == State.OPEN && timestamp >= reopensAt) {
            move(trials > 0 ? State.HALF_OPEN : State.CLOSED, reopensAt);
        }
    }

    private void open(long timestamp) {
        openedAt = timestamp;
        move(State.OPEN, timestamp);
    }

    private void move(State next, long timestamp) {
        timeIn.merge(state, timestamp - since, Long::sum);
        transitions.add(timestamp + ":" + state.label() + "->" + next.label());
        state = next;
        since = timestamp;
        if (next == State.CLOSED) {
            counter.clear();
        }
        if (next == State.HALF_OPEN) {
            trialsAllowed = 0;
            trialSuccesses = 0;
        }
    }
}
