import java.util.Arrays;

/**
 * Wrong: the unweighted interval-scheduling greedy (earliest end first) maximises the number of
 * jobs, not their total profit.
 */
public class EarliestFinishGreedy {
    public static long maxBatchProfit(int[] starts, int[] ends, int[] profits) {
        int n = starts.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ends[a], ends[b]));
        long total = 0;
        long freeAt = Long.MIN_VALUE;
        for (int job : order) {
            if (starts[job] >= freeAt) {
                total += profits[job];
                freeAt = ends[job];
            }
        }
        return total;
    }
}
