/**
 * Wrong: the right search, but the running totals are ints. Once a group passes 2^31 - 1 the total
 * wraps negative, the group "fits", and the answer comes out too small or garbage.
 */
public class IntTotals {
    public static long minLargestGroup(int[] sizes, int groups) {
        int largest = 0;
        int whole = 0;
        for (int size : sizes) {
            largest = Math.max(largest, size);
            whole += size;
        }
        // The answer is at least the largest shard and the average, and greedy filling with a
        // capacity of average + largest always fits: a narrow range to search.
        long lo = Math.max(largest, (whole + groups - 1) / groups);
        long hi = Math.min(whole, lo + largest);
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (fits(sizes, groups, mid)) {
                hi = mid; // feasible: the answer is mid or smaller
            } else {
                lo = mid + 1;
            }
        }
        return lo; // at most `groups` runs can always be split further into exactly `groups`
    }

    /** Whether the shards fit into at most `groups` runs of total <= cap (greedy: extend while it fits). */
    private static boolean fits(int[] sizes, int groups, long cap) {
        int runs = 1;
        int total = 0;
        for (int size : sizes) {
            if (total + size > cap) {
                runs++;
                total = size;
                if (runs > groups) {
                    return false;
                }
            } else {
                total += size;
            }
        }
        return true;
    }
}
