/** Brute force: try quotas upwards from the largest shard: O(n * (answer - max)). */
public class TryEveryQuota {
    public static long minDailyCapacity(int[] sizes, int days) {
        long capacity = 0;
        for (int size : sizes) {
            capacity = Math.max(capacity, size);
        }
        while (true) {
            int used = 1;
            long today = 0;
            for (int size : sizes) {
                if (today + size > capacity) {
                    used++;
                    today = 0;
                }
                today += size;
            }
            if (used <= days) {
                return capacity;
            }
            capacity++;
        }
    }
}
