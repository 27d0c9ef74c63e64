import java.util.HashMap;
import java.util.Map;

/** Wrong: counts runs in an int; a log of one tenant has n(n+1)/2 ~ 5 * 10^9 of them. */
public class CountInInt {
    public static long countRunsWithKTenants(int[] tenants, int k) {
        return runsWithAtMost(tenants, k) - runsWithAtMost(tenants, k - 1);
    }

    private static long runsWithAtMost(int[] tenants, int k) {
        if (k <= 0) {
            return 0;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        int left = 0;
        int runs = 0; // wraps past 2^31 - 1 runs
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
