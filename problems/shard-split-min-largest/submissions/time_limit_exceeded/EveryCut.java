/**
 * Brute force: dynamic program over every cut. best[g][i] is the smallest largest total when the
 * first i shards form g groups; each entry tries every position of the last cut: O(groups * n^2).
 */
public class EveryCut {
    public static long minLargestGroup(int[] sizes, int groups) {
        int n = sizes.length;
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + sizes[i];
        }
        long[] best = new long[n + 1];
        for (int i = 1; i <= n; i++) {
            best[i] = prefix[i]; // one group
        }
        for (int g = 2; g <= groups; g++) {
            long[] next = new long[n + 1];
            java.util.Arrays.fill(next, Long.MAX_VALUE);
            for (int i = g; i <= n; i++) {
                for (int cut = g - 1; cut < i; cut++) {
                    next[i] = Math.min(next[i], Math.max(best[cut], prefix[i] - prefix[cut]));
                }
            }
            best = next;
        }
        return best[n];
    }
}
