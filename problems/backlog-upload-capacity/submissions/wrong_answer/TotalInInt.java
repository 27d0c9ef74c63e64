/** Wrong: adds the shard sizes up in an int, which overflows once the total passes 2^31 - 1. */
public class TotalInInt {
    public static long minDailyCapacity(int[] sizes, int days) {
        long low = 0;
        int high = 0; // the total can pass 2^31 - 1
        for (int size : sizes) {
            low = Math.max(low, size);
            high += size;
        }
        while (low < high) {
            long mid = low + (high - low) / 2;
            if (daysNeeded(sizes, mid) <= days) {
                high = (int) mid;
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
