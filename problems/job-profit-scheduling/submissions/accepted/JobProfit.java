import java.util.Arrays;

/**
 * Weighted interval scheduling: sort by end, DP over prefixes, binary search for the last job
 * that ends by each start. O(n log n).
 */
public class JobProfit {
    public static long maxBatchProfit(int[] starts, int[] ends, int[] profits) {
        int n = starts.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ends[a], ends[b]));
        int[] sortedEnds = new int[n];
        for (int i = 0; i < n; i++) {
            sortedEnds[i] = ends[order[i]];
        }
        long[] best = new long[n + 1];
        for (int i = 0; i < n; i++) {
            int job = order[i];
            int fits = lastEndAtMost(sortedEnds, i, starts[job]);
            best[i + 1] = Math.max(best[i], best[fits] + profits[job]);
        }
        return best[n];
    }

    /** Returns how many of the first {@code limit} sorted ends are at most {@code time}. */
    private static int lastEndAtMost(int[] sortedEnds, int limit, int time) {
        int lo = 0;
        int hi = limit;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedEnds[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
