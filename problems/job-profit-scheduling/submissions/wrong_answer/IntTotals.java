import java.util.Arrays;

/** Wrong: the right DP, but totals kept in int, which overflow past 2^31 - 1 credits. */
public class IntTotals {
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
        int[] best = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int job = order[i];
            int lo = 0;
            int hi = i;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortedEnds[mid] <= starts[job]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            best[i + 1] = Math.max(best[i], best[lo] + profits[job]);
        }
        return best[n];
    }
}
