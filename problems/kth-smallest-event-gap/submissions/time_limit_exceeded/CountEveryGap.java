/** Brute force: tally the gap of every pair by value, then walk the tally: O(n^2 + range). */
public class CountEveryGap {
    public static int kthSmallestGap(int[] times, long k) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int t : times) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        int[] tally = new int[max - min + 1];
        for (int i = 0; i < times.length; i++) {
            for (int j = i + 1; j < times.length; j++) {
                tally[Math.abs(times[i] - times[j])]++;
            }
        }
        long seen = 0;
        for (int gap = 0; gap < tally.length; gap++) {
            seen += tally[gap];
            if (seen >= k) {
                return gap;
            }
        }
        throw new IllegalArgumentException("k is larger than the number of pairs: " + k);
    }
}
