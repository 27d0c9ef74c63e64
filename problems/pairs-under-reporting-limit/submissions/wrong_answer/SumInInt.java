import java.util.Arrays;

/** Wrong: adds two amounts in int; two transfers near 2 * 10^9 wrap to a negative sum. */
public class SumInInt {
    public static long countPairsWithin(int[] amounts, long limit) {
        int[] ordered = amounts.clone();
        Arrays.sort(ordered);
        int low = 0;
        int high = ordered.length - 1;
        long pairs = 0;
        while (low < high) {
            if (ordered[low] + ordered[high] <= limit) {
                pairs += high - low;
                low++;
            } else {
                high--;
            }
        }
        return pairs;
    }
}
