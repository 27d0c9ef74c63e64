import java.util.Arrays;

/**
 * An order-statistics structure over the window: a Fenwick tree of counts indexed by the rank of
 * each distinct latency. Adding or removing a latency is a point update, and the j-th smallest in
 * the window is a descent through the tree, both O(log m) for m distinct latencies. The mean of the
 * two middle values is taken in long: two latencies near 2^31 - 1 would overflow an int sum.
 * O(n log n) time (the sort for the ranks), O(n) space.
 */
public class RollingMedian {
    public static double[] rollingMedian(int[] latencies, int k) {
        int n = latencies.length;
        if (k > n) {
            return new double[0];
        }
        int[] values = Arrays.stream(latencies).sorted().distinct().toArray();
        WindowCounts window = new WindowCounts(values.length);
        double[] medians = new double[n - k + 1];
        for (int i = 0; i < n; i++) {
            window.add(Arrays.binarySearch(values, latencies[i]), 1);
            if (i >= k) {
                window.add(Arrays.binarySearch(values, latencies[i - k]), -1);
            }
            if (i >= k - 1) {
                long lower = values[window.smallest((k + 1) / 2)];
                long upper = values[window.smallest(k / 2 + 1)];
                medians[i - k + 1] = k % 2 == 1 ? lower : (lower + upper) / 2.0;
            }
        }
        return medians;
    }

    /** Counts of latencies by rank (0-based), in a Fenwick tree. */
    private static final class WindowCounts {
        private final int[] tree; // 1-based
        private final int highBit;

        WindowCounts(int ranks) {
            tree = new int[ranks + 1];
            highBit = Integer.highestOneBit(ranks);
        }

        void add(int rank, int delta) {
            for (int i = rank + 1; i < tree.length; i += i & -i) {
                tree[i] += delta;
            }
        }

        /** Returns the rank of the j-th smallest latency counted (j >= 1). */
        int smallest(int j) {
            int position = 0;
            for (int step = highBit; step > 0; step >>= 1) {
                int next = position + step;
                if (next < tree.length && tree[next] < j) {
                    position = next;
                    j -= tree[next];
                }
            }
            return position; // the 1-based position + 1, minus 1 for the 0-based rank
        }
    }
}
