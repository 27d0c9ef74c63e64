import java.util.HashMap;
import java.util.Map;

/**
 * Prefix sums with a count of each prefix seen so far: the period after prefix i up to j sums to
 * target exactly when prefix[i] == prefix[j] - target. O(n) time and space.
 */
public class NetChange {
    public static long countPeriods(int[] changes, long target) {
        Map<Long, Integer> seen = new HashMap<>();
        seen.put(0L, 1); // the empty prefix: periods that start at minute 0
        long prefix = 0;
        long count = 0;
        for (int change : changes) {
            prefix += change;
            count += seen.getOrDefault(prefix - target, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }
}
