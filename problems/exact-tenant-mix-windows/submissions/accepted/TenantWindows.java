import java.util.HashMap;
import java.util.Map;

/**
 * Exactly k distinct = at most k minus at most k - 1. "At most k" is a sliding window: for each
 * right end, every start from the smallest valid left edge counts. O(n) time, O(k) space.
 */
public class TenantWindows {
    public static long countRunsWithKTenants(int[] tenants, int k) {
        return runsWithAtMost(tenants, k) - runsWithAtMost(tenants, k - 1);
    }

    private static long runsWithAtMost(int[] tenants, int k) {
        if (k <= 0) {
            return 0;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        int left = 0;
        long runs = 0;
        for (int right = 0; right < tenants.length; right++) {
            counts.merge(tenants[right], 1, Integer::sum);
            while (counts.size() > k) {
                int first = tenants[left++];
                if (counts.merge(first, -1, Integer::sum) == 0) {
                    counts.remove(first);
                }
            }
            runs += right - left + 1;
        }
        return runs;
    }
}
