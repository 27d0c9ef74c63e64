/**
 * Binary search on the quota, which is feasible or not monotonically: between the largest shard
 * and the total. Each probe is one greedy pass: O(n log(sum)) time, O(1) extra space.
 */
public class UploadCapacity {
    public static long minDailyCapacity(int[] sizes, int days) {
        long low = 0;
        long high = 0;
        for (int size : sizes) {
            low = Math.max(low, size);
            high += size;
        }
        while (low < high) {
            long mid = low + (high - low) / 2;
            if (daysNeeded(sizes, mid) <= days) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Days to move every shard in order with the given quota; every shard fits in it. */
    private static int daysNeeded(int[] sizes, long capacity) {
        int days = 1;
        long today = 0;
        for (int size : sizes) {
            if (today + size > capacity) {
                days++;
                today = 0;
            }
            today += size;
        }
        return days;
    }
}
