/**
 * Wrong: evicts the front index only once it is more than k behind, so each window really holds k + 1
 * samples and a peak lingers one window too long.
 */
public class EvictsOneLate {
    public static int[] rollingPeak(int[] loads, int k) {
        int n = loads.length;
        if (k > n) {
            return new int[0];
        }
        int[] peaks = new int[n - k + 1];
        int[] deque = new int[n]; // indexes, loads decreasing from head to tail
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            while (tail > head && loads[deque[tail - 1]] <= loads[i]) {
                tail--; // never a peak again: loads[i] is newer and at least as large
            }
            deque[tail++] = i;
            if (deque[head] < i - k) {
                head++; // slid out of the window [i - k + 1, i]
            }
            if (i >= k - 1) {
                peaks[i - k + 1] = loads[deque[head]];
            }
        }
        return peaks;
    }
}
