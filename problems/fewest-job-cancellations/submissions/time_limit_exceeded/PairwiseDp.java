import java.util.Arrays;

/**
 * Brute force: by end time, the most jobs a schedule ending with job i can keep is one more than the
 * best over every earlier job that ends by job i's start: O(n^2).
 */
public class PairwiseDp {
    public static int fewestCancellations(long[][] jobs) {
        long[][] byEnd = jobs.clone();
        Arrays.sort(byEnd, (a, b) -> Long.compare(a[1], b[1]));
        int n = byEnd.length;
        int[] best = new int[n];
        int most = 0;
        for (int i = 0; i < n; i++) {
            int before = 0;
            for (int j = 0; j < i; j++) {
                if (byEnd[j][1] <= byEnd[i][0] && best[j] > before) {
                    before = best[j];
                }
            }
            best[i] = before + 1;
            most = Math.max(most, best[i]);
        }
        return n - most;
    }
}
