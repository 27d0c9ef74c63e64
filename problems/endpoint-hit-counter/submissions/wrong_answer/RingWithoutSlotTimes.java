/**
 * Wrong: a ring of window buckets indexed by t mod window, without remembering which second a
 * bucket holds, so after a silence longer than the window old counts are read as current.
 */
public class HitCounter {
    private final int window;
    private final int[] buckets;

    public HitCounter(int window) {
        this.window = window;
        this.buckets = new int[window];
    }

    public void record(int[] timestamps) {
        for (int t : timestamps) {
            buckets[t % window]++;
        }
    }

    public int count(int now) {
        int total = 0;
        for (int b : buckets) {
            total += b;
        }
        return total;
    }
}
