import java.util.Arrays;

/**
 * Sort, then two pointers from both ends: if the smallest and the largest left fit together, the
 * smallest fits with everything between them. O(n log n) time, O(n) for the sorted copy.
 */
public class ReportingPairs {
    public static long countPairsWithin(int[] amounts, long limit) {
        int[] ordered = amounts.clone();
        Arrays.sort(ordered);
        int low = 0;
        int high = ordered.length - 1;
        long pairs = 0;
        while (low < high) {
            if ((long) ordered[low] + ordered[high] <= limit) {
                pairs += high - low;
                low++;
            } else {
                high--;
            }
        }
        return pairs;
    }
}
