/** Brute force: a running sum from every start minute: O(n^2) periods. */
public class EveryPeriod {
    public static long countPeriods(int[] changes, long target) {
        long count = 0;
        for (int i = 0; i < changes.length; i++) {
            long sum = 0;
            for (int j = i; j < changes.length; j++) {
                sum += changes[j];
                if (sum == target) {
                    count++;
                }
            }
        }
        return count;
    }
}
