import java.util.Arrays;

/** Wrong: keeps the pair count in an int; 100 000 transfers have up to 5 * 10^9 pairs. */
public class CountInInt {
    public static long countPairsWithin(int[] amounts, long limit) {
        int[] ordered = amounts.clone();
        Arrays.sort(ordered);
        int low = 0;
        int high = ordered.length - 1;
        int pairs = 0; // more than 2^31 - 1 pairs wrap around
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
