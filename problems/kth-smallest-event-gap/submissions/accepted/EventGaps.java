import java.util.Arrays;

/**
 * Binary search on the gap d: the number of pairs within d grows with d, and on sorted times it
 * is counted by two pointers in O(n). The answer is the smallest d whose count reaches k.
 * O(n log n + n log(range)) time, O(n) space.
 */
public class EventGaps {
    public static int kthSmallestGap(int[] times, long k) {
        int[] ordered = times.clone();
        Arrays.sort(ordered);
        int low = 0;
        int high = ordered[ordered.length - 1] - ordered[0];
        while (low < high) {
            int mid = low + (high - low) / 2;
            if (pairsWithin(ordered, mid) >= k) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Pairs i < j of the sorted times with ordered[j] - ordered[i] <= d. */
    private static long pairsWithin(int[] ordered, int d) {
        long pairs = 0;
        int left = 0;
        for (int right = 0; right < ordered.length; right++) {
            while (ordered[right] - ordered[left] > d) {
                left++;
            }
            pairs += right - left;
        }
        return pairs;
    }
}
