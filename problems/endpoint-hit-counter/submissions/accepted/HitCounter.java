import java.util.ArrayDeque;

/**
 * A queue of (second, hits) pairs, one per distinct second still in the window, and the running
 * total. Each second is queued and expired once: amortised O(1) per hit and per query.
 */
public class HitCounter {
    private final int window;
    private final ArrayDeque<long[]> seconds = new ArrayDeque<>();
    private int total;

    public HitCounter(int window) {
        this.window = window;
    }

    public void record(int[] timestamps) {
        for (int t : timestamps) {
            long[] last = seconds.peekLast();
            if (last != null && last[0] == t) {
                last[1]++;
            } else {
                seconds.addLast(new long[] {t, 1});
            }
            total++;
        }
        if (timestamps.length > 0) {
            expire(timestamps[timestamps.length - 1]);
        }
    }

    public int count(int now) {
        expire(now);
        return total;
    }

    /** Drop the seconds at or before now - window. */
    private void expire(long now) {
        while (!seconds.isEmpty() && seconds.peekFirst()[0] <= now - window) {
            total -= (int) seconds.pollFirst()[1];
        }
    }
}
