/** Brute force: check every pair: O(n^2), 5 * 10^9 sums for 100 000 transfers. */
public class EveryPair {
    public static long countPairsWithin(int[] amounts, long limit) {
        long pairs = 0;
        for (int i = 0; i < amounts.length; i++) {
            for (int j = i + 1; j < amounts.length; j++) {
                if ((long) amounts[i] + amounts[j] <= limit) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
